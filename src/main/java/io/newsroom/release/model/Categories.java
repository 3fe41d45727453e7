package io.newsroom.release.model;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface Categories extends Repository<Category, Long> {

    List<Category> findAllByOrderByNameAsc();

    Optional<Category> findBySlug(String slug);

    Optional<Category> findFirstByNameIgnoreCase(String name);

    Category save(Category category);

    Optional<Category> findById(Long id);

    boolean existsBySlug(String slug);

    boolean existsByNameIgnoreCase(String name);

    void delete(Category category);
}
