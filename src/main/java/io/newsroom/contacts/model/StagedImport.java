package io.newsroom.contacts.model;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An uploaded CSV, decoded, waiting for its preview to be confirmed: not a contact yet. */
@Entity
@Table(name = "contact_import")
public class StagedImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String fileName;
    private String content;
    private String encoding;
    private Long createdBy;
    private Instant createdAt;

    protected StagedImport() {
    }

    StagedImport(String fileName, String content, String encoding, long createdBy, Instant now) {
        this.fileName = fileName;
        this.content = content;
        this.encoding = encoding;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContent() {
        return content;
    }

    public String getEncoding() {
        return encoding;
    }

    Long getCreatedBy() {
        return createdBy;
    }
}
