package io.newsroom.release.model;

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

import io.newsroom.release.Markdown;
import io.newsroom.release.ReleasePublished;
import io.newsroom.release.ReleaseUnpublished;
import io.newsroom.release.ReleaseUpdated;
import io.newsroom.release.Slug;
import io.newsroom.settings.Settings;

/** A press release: what the company says, when, and in which language. */
@Entity
public class PressRelease {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String language;

    private String title;

    private String summary;

    private String body;

    /** What a reader sees of the body: the text of its sanitized HTML, for search and snippets. */
    private String bodyText;

    /** The body rendered and sanitized when it was saved, so that no page view renders it again. */
    private String bodyHtml;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @Enumerated(EnumType.STRING)
    private ReleaseStatus status;

    private Instant publishedAt;

    /** When the release comes off the public site by itself; null while it stays. */
    private Instant endsAt;

    /** The release's own media contact; all null when it uses the site's. */
    private String contactName;

    private String contactEmail;

    private String contactPhone;

    @Enumerated(EnumType.STRING)
    private ReviewState reviewState;

    /** Who submitted the release for review last, for the reviewers' mail and four eyes. */
    private Long submittedBy;

    private String submittedByName;

    /** The reviewer's comment when the release was sent back. */
    private String reviewComment;

    private Long heroMediaId;

    /** The story this release is a translation in (the first release's id); null while it has no translation. */
    private Long storyId;

    /** The release this translation was made from, and the revision of it that it matches. */
    private Long translatedFromId;

    private Long translatedFromRevision;

    private String heroImageAlt;

    private Instant createdAt;

    private Instant updatedAt;

    private Long updatedBy;

    private String updatedByName;

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
        release.setBody(body);
        release.category = Objects.requireNonNull(category);
        release.status = ReleaseStatus.DRAFT;
        release.createdAt = now;
        release.updatedAt = now;
        return release;
    }

    /** Makes the release public from {@code at}, which may lie in the past (a backdated release). */
    void publish(Instant at, Instant now) {
        requireNotTrashed();
        publishedAt = Objects.requireNonNull(at);
        status = at.isAfter(now) ? ReleaseStatus.SCHEDULED : ReleaseStatus.PUBLISHED;
        if (endsAt != null && !endsAt.isAfter(now)) {
            // publishing an ended release again puts it back without its old end
            endsAt = null;
        }
        updatedAt = now;
    }

    /**
     * Sets when the release comes off the public site (null: never). An end still to come brings an
     * ended release back; an end must come after the release appears.
     *
     * @return whether the end time changed
     */
    boolean endAt(Instant end, Instant now) {
        if (Objects.equals(end, endsAt)) {
            return false;
        }
        if (end != null && !end.isAfter(now)) {
            throw new IllegalArgumentException("An end time lies in the future");
        }
        if (end != null && publishedAt != null && !end.isAfter(publishedAt)) {
            throw new IllegalArgumentException("A release ends after it appears");
        }
        endsAt = end;
        if (status == ReleaseStatus.ENDED) {
            status = ReleaseStatus.PUBLISHED;
        }
        return true;
    }

    /** Records that a public release's end time has passed; the public queries hide it from then anyway. */
    boolean markEndedIfDue(Instant now) {
        if (status.mayBePublic() && endsAt != null && !endsAt.isAfter(now)) {
            status = ReleaseStatus.ENDED;
            return true;
        }
        return false;
    }

    /** Asks for review: reviewers then publish it, schedule it or send it back. */
    void submitForReview(long staffId, String staffName) {
        requireNotTrashed();
        if (status == ReleaseStatus.PUBLISHED || status == ReleaseStatus.SCHEDULED) {
            throw new IllegalStateException("A public or scheduled release is not submitted for review");
        }
        reviewState = ReviewState.SUBMITTED;
        submittedBy = staffId;
        submittedByName = staffName;
        reviewComment = null;
    }

    /** Returns a submitted release to its editor with what needs to change. */
    void sendBack(String comment) {
        if (reviewState != ReviewState.SUBMITTED) {
            throw new IllegalStateException("This release is not waiting for review");
        }
        reviewState = ReviewState.RETURNED;
        reviewComment = comment.strip();
    }

    /** Publishing or scheduling ends the review; who submitted it is kept. @return whether it was waiting */
    boolean approved() {
        boolean waiting = reviewState == ReviewState.SUBMITTED;
        reviewState = null;
        reviewComment = null;
        return waiting;
    }

    /**
     * Everything of the release that its public page, feeds and PDF show: what a reviewer approves.
     * Two equal values mean the same text went out.
     */
    record Text(String slug, String title, String summary, String body, Long categoryId, Long heroMediaId,
                String heroImageAlt, String contactName, String contactEmail, String contactPhone) {
    }

    Text text() {
        return new Text(slug, title, summary, body, category.getId(), heroMediaId, heroImageAlt, contactName,
                contactEmail, contactPhone);
    }

    /** Whether the release waits for review, submitted by someone other than this staff member. */
    boolean isSubmittedBySomeoneBut(long staffId) {
        return reviewState == ReviewState.SUBMITTED && submittedBy != null && submittedBy != staffId;
    }

    public ReviewState getReviewState() {
        return reviewState;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

    public String getSubmittedByName() {
        return submittedByName;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    /** Names the release's own media contact; no name and no address means the site's. */
    void nameContact(String name, String email, String phone) {
        if (isBlank(name) && isBlank(email)) {
            contactName = null;
            contactEmail = null;
            contactPhone = null;
            return;
        }
        if (isBlank(name) || isBlank(email)) {
            throw new IllegalArgumentException("A media contact has a name and an address");
        }
        contactName = name.strip();
        contactEmail = email.strip();
        contactPhone = isBlank(phone) ? null : phone.strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Makes the release public at a future moment. */
    void schedule(Instant at, Instant now) {
        if (!at.isAfter(now)) {
            throw new IllegalArgumentException("A release is scheduled for a future moment");
        }
        publish(at, now);
    }

    /** Records that a scheduled release's time has come; the public queries show it from then anyway. */
    boolean markPublishedIfDue(Instant now) {
        if (status == ReleaseStatus.SCHEDULED && !publishedAt.isAfter(now)) {
            status = ReleaseStatus.PUBLISHED;
            return true;
        }
        return false;
    }

    /** Takes the release off the public site; it becomes a draft again and keeps its date. */
    void unpublish(Instant now) {
        requireNotTrashed();
        status = ReleaseStatus.DRAFT;
        updatedAt = now;
    }

    void moveToTrash(Instant now) {
        status = ReleaseStatus.TRASHED;
        updatedAt = now;
    }

    /** Out of the trash as a draft: it was public before, it should not become public unasked. */
    void restoreFromTrash(Instant now) {
        if (status != ReleaseStatus.TRASHED) {
            throw new IllegalStateException("Only a release in the trash can be restored");
        }
        status = ReleaseStatus.DRAFT;
        updatedAt = now;
    }

    /** Replaces what the release says. */
    void rewrite(Slug newSlug, String newTitle, String newSummary, String newBody, Category newCategory) {
        slug = newSlug.value();
        title = Objects.requireNonNull(newTitle);
        summary = Objects.requireNonNull(newSummary);
        setBody(newBody);
        category = Objects.requireNonNull(newCategory);
    }

    /** Who made the latest change, and when. */
    void touchedBy(Long staffId, String staffName, Instant now) {
        updatedBy = staffId;
        updatedByName = staffName;
        updatedAt = now;
    }

    private void requireNotTrashed() {
        if (status == ReleaseStatus.TRASHED) {
            throw new IllegalStateException("Restore the release from the trash first");
        }
    }

    /** Shows an image above the release; it needs a text alternative for those who cannot see it. */
    void showImage(Long mediaId, String alt) {
        if (mediaId != null && (alt == null || alt.isBlank())) {
            throw new IllegalArgumentException("An image needs a text alternative");
        }
        heroMediaId = mediaId;
        heroImageAlt = mediaId == null ? null : alt.strip();
    }

    public boolean isPublicAt(Instant now) {
        return status.mayBePublic() && publishedAt != null && !publishedAt.isAfter(now)
                && (endsAt == null || endsAt.isAfter(now));
    }

    /** Whether the release was public and its end time has passed: its address is gone, not missing. */
    public boolean hasEndedAt(Instant now) {
        return status == ReleaseStatus.ENDED || (status.mayBePublic() && endsAt != null && !endsAt.isAfter(now));
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    /** The release's own media contact, or the given one (the site's) when it names none. */
    public Settings.MediaContact mediaContactOr(Settings.MediaContact fallback) {
        return contactName == null ? fallback : new Settings.MediaContact(contactName, contactEmail, contactPhone);
    }

    /** The release's own media contact; null when it uses the site's. */
    public Settings.MediaContact getOwnMediaContact() {
        return mediaContactOr(null);
    }

    public Long getId() {
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

    public ReleaseStatus getStatus() {
        return status;
    }

    /** The status as staff should read it: a scheduled release whose time has come is published. */
    public ReleaseStatus statusAt(Instant now) {
        if (hasEndedAt(now)) {
            return ReleaseStatus.ENDED;
        }
        return status == ReleaseStatus.SCHEDULED && !publishedAt.isAfter(now) ? ReleaseStatus.PUBLISHED : status;
    }

    public long getVersion() {
        return version;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getHeroMediaId() {
        return heroMediaId;
    }

    public String getHeroImageAlt() {
        return heroImageAlt;
    }

    /** The story of this release: all its translations share it. */
    public long story() {
        return storyId != null ? storyId : id;
    }

    /** Whether this release has translations (or is one). */
    public boolean hasTranslations() {
        return storyId != null;
    }

    /**
     * A new draft translation of this release into another language, to be rewritten: the same text,
     * category and image to start from, in the same story.
     */
    PressRelease translation(Slug newSlug, Locale into, Long sourceRevision, Instant now) {
        if (storyId == null) {
            // the first translation makes this release a story's first: a release without a story has none
            storyId = id;
        }
        var translation = draft(newSlug, into, title, summary, body, category, now);
        translation.showImage(heroMediaId, heroImageAlt);
        translation.storyId = story();
        translation.translatedFromId = id;
        translation.translatedFromRevision = sourceRevision;
        return translation;
    }

    /** Records that this translation matches the given revision of the release it was made from. */
    void matches(Long sourceRevision) {
        translatedFromRevision = sourceRevision;
    }

    public Long getTranslatedFromId() {
        return translatedFromId;
    }

    public Long getTranslatedFromRevision() {
        return translatedFromRevision;
    }

    /** The event that tells other features this release became public. */
    ReleasePublished published() {
        return new ReleasePublished(id, slug, title, summary, category.getSlug(), category.getName(), language);
    }

    ReleaseUpdated updated() {
        return new ReleaseUpdated(id, slug, title, summary, category.getSlug(), category.getName(), language);
    }

    ReleaseUnpublished unpublished() {
        return new ReleaseUnpublished(id, slug, title, language);
    }

    private void setBody(String markdown) {
        body = Objects.requireNonNull(markdown);
        bodyHtml = Markdown.safeHtmlOf(markdown);
        bodyText = Markdown.textOf(bodyHtml);
    }

    /** The body as safe HTML (rendered when saved; rendered now for a row written before that column existed). */
    public String getBodyHtml() {
        return bodyHtml != null ? bodyHtml : Markdown.safeHtmlOf(body);
    }
}
