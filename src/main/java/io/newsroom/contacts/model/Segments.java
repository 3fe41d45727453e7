package io.newsroom.contacts.model;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface Segments extends Repository<Segment, Long> {

    Segment save(Segment segment);

    Optional<Segment> findById(Long id);

    Optional<Segment> findByNameIgnoreCase(String name);

    List<Segment> findAllByOrderByNameAsc();

    void delete(Segment segment);
}
