package io.newsroom.inquiry;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of an inquiry's thread: an internal note, a reply sent, or a status change. */
@Entity
@Table(name = "inquiry_note")
class InquiryNote {

    enum Kind { NOTE, REPLY, STATUS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long inquiryId;

    private String authorName;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String body;

    private Instant createdAt;

    protected InquiryNote() {
    }

    InquiryNote(Long inquiryId, String authorName, Kind kind, String body, Instant now) {
        this.inquiryId = inquiryId;
        this.authorName = authorName;
        this.kind = kind;
        this.body = body;
        this.createdAt = now;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Kind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
