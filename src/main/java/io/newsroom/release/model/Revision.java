package io.newsroom.release.model;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** What a release said after one save: kept for the history, the diff and restoring. */
@Entity
@Table(name = "release_revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long releaseId;

    private Long authorId;

    private String authorName;

    private Instant createdAt;

    private String title;

    private String summary;

    private String body;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    private String note;

    protected Revision() {
    }

    static Revision of(PressRelease release, Long authorId, String authorName, Instant now, String note) {
        var revision = new Revision();
        revision.releaseId = release.getId();
        revision.authorId = authorId;
        revision.authorName = authorName;
        revision.createdAt = now;
        revision.title = release.getTitle();
        revision.summary = release.getSummary();
        revision.body = release.getBody();
        revision.category = release.getCategory();
        // the column holds 200 characters; a note quoting a long title is cut, never refused
        revision.note = note == null || note.length() <= 200 ? note : note.substring(0, 199) + "\u2026";
        return revision;
    }

    public Long getId() {
        return id;
    }

    Long getReleaseId() {
        return releaseId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public Category getCategory() {
        return category;
    }

    public String getNote() {
        return note;
    }
}
