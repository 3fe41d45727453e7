package io.newsroom.contacts.model;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A saved filter: whoever matches it when a campaign starts. */
@Entity
@Table(name = "contact_segment")
public class Segment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String tag;
    private String beat;
    private String language;
    private String outlet;
    private Instant createdAt;

    protected Segment() {
    }

    Segment(String name, ContactFilter filter, Instant now) {
        this.name = name.strip();
        this.tag = filter.tag();
        this.beat = filter.beat();
        this.language = filter.language();
        this.outlet = filter.outlet();
        this.createdAt = now;
    }

    public ContactFilter filter() {
        return new ContactFilter(null, tag, beat, language, outlet, null);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
