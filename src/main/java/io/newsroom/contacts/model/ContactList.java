package io.newsroom.contacts.model;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A static list: the contacts someone put on it. */
@Entity
@Table(name = "contact_list")
public class ContactList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private Instant createdAt;

    /** Read for filters only; members are added and removed by statements, not by loading them. */
    @ElementCollection
    @CollectionTable(name = "contact_list_member", joinColumns = @JoinColumn(name = "list_id"))
    @Column(name = "contact_id", insertable = false, updatable = false)
    private Set<Long> contactIds = new HashSet<>();

    protected ContactList() {
    }

    ContactList(String name, Instant now) {
        this.name = name.strip();
        this.createdAt = now;
    }

    void rename(String name) {
        this.name = name.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
