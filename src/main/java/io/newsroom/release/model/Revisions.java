package io.newsroom.release.model;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface Revisions extends Repository<Revision, Long> {

    Revision save(Revision revision);

    long countByCategory(Category category);

    /** The newest revision of a release: what its translations are compared with. */
    @Query("select max(v.id) from Revision v where v.releaseId = :releaseId")
    Long findLatestId(Long releaseId);

    @Query("select v from Revision v join fetch v.category where v.releaseId = :releaseId order by v.id desc")
    List<Revision> findHistory(Long releaseId);

    @Query("select v from Revision v join fetch v.category where v.id = :id and v.releaseId = :releaseId")
    Optional<Revision> findOne(Long releaseId, Long id);
}
