package io.newsroom.release;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** A press release: what the company says, when, and in which language. */
@Entity
class PressRelease {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String language;

    private String title;

    private String summary;

    private String body;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @Enumerated(EnumType.STRING)
    private ReleaseStatus status;

    private Instant publishedAt;

    private String heroImage;

    private String heroImageAlt;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected PressRelease() {
    }

    /** A new draft; it is seen by nobody until it is published. */
    static PressRelease draft(Slug slug, Locale language, String title, String summary, String body,
                              Category category, Instant now) {
        var release = new PressRelease();
        release.slug = slug.value();
        release.language = language.toLanguageTag();
        release.title = Objects.requireNonNull(title);
        release.summary = Objects.requireNonNull(summary);
        release.body = Objects.requireNonNull(body);
        release.category = Objects.requireNonNull(category);
        release.status = ReleaseStatus.DRAFT;
        release.createdAt = now;
        release.updatedAt = now;
        return release;
    }

    /** Makes the release public from {@code at}, which may lie in the past (a backdated release). */
    void publish(Instant at, Instant now) {
        if (status == ReleaseStatus.TRASHED) {
            throw new IllegalStateException("A release in the trash cannot be published");
        }
        publishedAt = Objects.requireNonNull(at);
        status = at.isAfter(now) ? ReleaseStatus.SCHEDULED : ReleaseStatus.PUBLISHED;
        updatedAt = now;
    }

    void moveToTrash(Instant now) {
        status = ReleaseStatus.TRASHED;
        updatedAt = now;
    }

    void showImage(String path, String alt) {
        if (alt == null || alt.isBlank()) {
            throw new IllegalArgumentException("An image needs a text alternative");
        }
        heroImage = path;
        heroImageAlt = alt;
    }

    boolean isPublicAt(Instant now) {
        return status.mayBePublic() && publishedAt != null && !publishedAt.isAfter(now);
    }

    Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getLanguage() {
        return language;
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

    ReleaseStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getHeroImage() {
        return heroImage;
    }

    public String getHeroImageAlt() {
        return heroImageAlt;
    }
}
