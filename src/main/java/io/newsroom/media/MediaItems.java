package io.newsroom.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface MediaItems extends Repository<Media, Long> {

    Media save(Media media);

    Optional<Media> findById(Long id);

    /** Written out: a derived "In" query builds its criteria anew on every call (every list page). */
    @Query("select m from Media m where m.id in :ids")
    List<Media> findByIdIn(Collection<Long> ids);

    List<Media> findByStorageKeyIn(Collection<String> keys);

    Page<Media> findAllByOrderByCreatedAtDescIdDesc(Pageable page);
}
