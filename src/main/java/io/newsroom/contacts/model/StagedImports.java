package io.newsroom.contacts.model;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface StagedImports extends Repository<StagedImport, Long> {

    StagedImport save(StagedImport staged);

    Optional<StagedImport> findByIdAndCreatedBy(Long id, Long createdBy);

    void delete(StagedImport staged);

    @Modifying
    @Query("delete from StagedImport s where s.createdAt < :before")
    int deleteOlderThan(@Param("before") Instant before);
}
