package io.newsroom.release.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A kind of release (MOU, Award, ...), shown as a badge and used as a filter. */
@Entity
public class Category {

    /** The length of the slug column. */
    static final int SLUG_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String name;

    protected Category() {
    }

    Category(String slug, String name) {
        this.slug = slug;
        this.name = name;
    }

    void rename(String newName) {
        name = newName.strip();
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }
}
