package io.newsroom.release.model;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import io.newsroom.account.Staff;
import io.newsroom.audit.Actor;
import io.newsroom.release.Slug;
import io.newsroom.settings.SettingsLookup;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to releases. Each change is one transaction that also keeps a revision (for
 * content) and an audit line (for status changes), so neither can be missing.
 */
@Service
public class ReleaseDesk {

    private final PressReleases releases;
    private final ReleaseHistory history;
    private final ApplicationEventPublisher events;
    private final SettingsLookup settings;
    private final Clock clock;

    ReleaseDesk(PressReleases releases, ReleaseHistory history, ApplicationEventPublisher events, SettingsLookup settings,
                Clock clock) {
        this.releases = releases;
        this.history = history;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** The result of saving: saved, or someone else saved first and nothing was overwritten. */
    sealed interface Outcome {
    }

    record Saved(PressRelease release) implements Outcome {
    }

    public record Conflict(PressRelease current) implements Outcome {
    }

    /** What an editor button asks for once the text is saved. */
    public enum Action {
        SAVE, PREVIEW, PUBLISH, SCHEDULE, SUBMIT;

        public static Action of(String button) {
            return switch (button == null ? "" : button) {
                case "publish" -> PUBLISH;
                case "schedule" -> SCHEDULE;
                case "submit" -> SUBMIT;
                case "preview" -> PREVIEW;
                default -> SAVE;
            };
        }
    }

    /**
     * What a release says, as staff wrote it (in the editor or through the API), knowing nothing of
     * how it was sent: the desk's command for its text.
     *
     * @param imageId     the image shown above it; null for none
     * @param contactName its own media contact, with address and phone; blank for the site's
     * @param version     the version the writer started from; a change since is a conflict
     */
    public record Text(Slug slug, String title, String summary, String body, Category category, Long imageId,
                       String imageAlt, String contactName, String contactEmail, String contactPhone, Long version) {

        /** The longest body a release may have. */
        public static final int MAX_BODY = 100_000;
    }

    /**
     * One press of an editor button: the text, and what to do with it.
     *
     * @param at    when to publish or schedule (publish: null or a future time means now)
     * @param endAt when the release comes off the site; null for never
     */
    public record Edit(Text text, Action action, Instant at, Instant endAt) {
    }

    /**
     * A new release from the editor, with its first revision, its audit line and what the button
     * asked for (publishing, scheduling), in one transaction.
     */
    @Transactional
    public PressRelease create(Edit edit, Locale language, Staff staff) {
        var now = clock.instant();
        var text = edit.text();
        var release = PressRelease.draft(text.slug(), language, text.title().strip(), text.summary().strip(),
                text.body(), text.category(), now);
        release.showImage(text.imageId(), text.imageAlt());
        release.nameContact(text.contactName(), text.contactEmail(), text.contactPhone());
        release.touchedBy(staff.id(), staff.getDisplayName(), now);
        releases.save(release);
        keepRevision(release, staff, now, edit.action() == Action.SUBMIT ? "submitted for review" : null);
        history.record(staff.actor(), "release.created", release.getTitle());
        act(release, edit.action(), edit.at(), staff, now);
        end(release, edit.endAt(), edit.action(), staff, now);
        return release;
    }

    /**
     * A release brought in from another system (an import, the demo content), as it was there: a
     * draft, published at its original date, or scheduled (with review before publishing on, only
     * when a reviewer imports: an editor's imports are drafts). Its first revision says where it
     * came from. No event is published: old news is not news to subscribers or webhooks.
     *
     * @param publishAt when it was (or is to be) published; null for a draft
     */
    public record Incoming(Slug slug, Locale language, String title, String summary, String body, Category category,
                           Long imageId, String imageAlt, Instant publishAt, String origin) {
    }

    /**
     * Starts the translation of a release into another language: a draft with the source's text to
     * rewrite, in the same story, under the source's address with the language appended.
     *
     * @throws IllegalStateException when the story has that language already
     */
    @Transactional
    public PressRelease startTranslation(long sourceId, Locale into, Staff staff) {
        var source = releases.findById(sourceId).orElseThrow();
        String code = into.toLanguageTag();
        if (releases.findStory(source.story()).stream().anyMatch(r -> r.getLanguage().equals(code))) {
            throw new IllegalStateException("This release has a translation in " + code + " already");
        }
        var now = clock.instant();
        var base = new Slug(source.getSlug()).shortenedTo(Slug.MAX_LENGTH - 10).value() + "-" + code.toLowerCase(Locale.ROOT);
        String slug = base;
        for (int n = 2; releases.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        var translation = source.translation(new Slug(slug), into, history.latestRevision(source.getId()), now);
        translation.touchedBy(staff.id(), staff.getDisplayName(), now);
        releases.save(translation);
        keepRevision(translation, staff, now, "translation started from \u201c" + source.getTitle() + "\u201d ("
                + source.getLanguage() + ")");
        history.record(staff.actor(), "release.translation-started", source.getTitle() + " \u2192 " + code);
        return translation;
    }

    /** Records that a translation matches the current text of the release it was made from. */
    @Transactional
    public void markTranslationCurrent(long id, Staff staff) {
        var translation = releases.findById(id).orElseThrow();
        if (translation.getTranslatedFromId() == null) {
            throw new IllegalStateException("This release is not a translation");
        }
        translation.matches(history.latestRevision(translation.getTranslatedFromId()));
        translation.touchedBy(staff.id(), staff.getDisplayName(), clock.instant());
        history.record(staff.actor(), "release.translation-current", translation.getTitle());
    }

    /**
     * Saves an incoming release in the caller's transaction (an import is all or nothing).
     *
     * @param staff who brings it in; null for the newsroom itself (the demo content at start-up)
     */
    @Transactional
    public PressRelease bringIn(Incoming incoming, Staff staff) {
        var now = clock.instant();
        var release = PressRelease.draft(incoming.slug(), incoming.language(), incoming.title(), incoming.summary(),
                incoming.body(), incoming.category(), now);
        return arrive(release, incoming, staff, now);
    }

    /** Saves an incoming translation of a release brought in before, in the same story. */
    @Transactional
    public PressRelease bringInTranslation(long sourceId, Incoming incoming, Staff staff) {
        var now = clock.instant();
        var source = releases.findById(sourceId).orElseThrow();
        var translation = source.translation(incoming.slug(), incoming.language(), history.latestRevision(sourceId), now);
        translation.rewrite(incoming.slug(), incoming.title(), incoming.summary(), incoming.body(), incoming.category());
        releases.save(source); // it now has a story
        return arrive(translation, incoming, staff, now);
    }

    private PressRelease arrive(PressRelease release, Incoming incoming, Staff staff, Instant now) {
        release.showImage(incoming.imageId(), incoming.imageAlt());
        if (staff != null) {
            release.touchedBy(staff.id(), staff.getDisplayName(), now);
        }
        var review = settings.current().review();
        boolean mayPublish = staff == null || !review.required() || staff.isReviewer();
        if (incoming.publishAt() != null && mayPublish) {
            // published then, or scheduled if that moment is still to come
            release.publish(incoming.publishAt(), now);
        }
        releases.save(release);
        keepRevision(release, staff, now, incoming.origin());
        history.record(staff == null ? Actor.SYSTEM : staff.actor(), "release.imported", release.getTitle());
        return release;
    }

    /**
     * Saves the editor's text and does what the button asked, in one transaction, unless the
     * release changed since the editor opened it: then nothing is written.
     */
    @Transactional
    public Outcome update(long id, Edit edit, Staff staff) {
        var release = releases.findById(id).orElseThrow();
        var text = edit.text();
        if (text.version() == null || text.version() != release.getVersion()) {
            return new Conflict(release);
        }
        var now = clock.instant();
        ReviewPolicy.refusesChanging(settings.current().review(), release, staff, now).ifPresent(refusal -> {
            throw new ReviewRefusedException(refusal);
        });
        var submitted = release.text();
        release.rewrite(text.slug(), text.title().strip(), text.summary().strip(), text.body(), text.category());
        release.showImage(text.imageId(), text.imageAlt());
        release.nameContact(text.contactName(), text.contactEmail(), text.contactPhone());
        release.touchedBy(staff.id(), staff.getDisplayName(), now);
        boolean resubmitted = changedInReview(release, submitted, staff, edit.action());
        keepRevision(release, staff, now, edit.action() == Action.SUBMIT || resubmitted ? "submitted for review" : null);
        boolean wasPublic = release.isPublicAt(now);
        act(release, resubmitted && edit.action() == Action.SUBMIT ? Action.SAVE : edit.action(), edit.at(), staff, now);
        end(release, edit.endAt(), edit.action(), staff, now);
        if (wasPublic && !release.isPublicAt(now)) {
            events.publishEvent(release.unpublished());
        } else if (wasPublic && edit.action() != Action.PUBLISH) {
            events.publishEvent(release.updated());
        } else if (!wasPublic && release.isPublicAt(now) && edit.action() != Action.PUBLISH) {
            // an ended release whose end was moved into the future is back
            events.publishEvent(release.published());
        }
        return new Saved(release);
    }

    /**
     * Shows a newly stored image and then does what the button asked, in one transaction. The text
     * was saved before the image was processed, so that a failing image never costs the text.
     */
    @Transactional
    public void showNewImage(long id, long mediaId, String alt, Action action, Instant at, Staff staff) {
        var release = releases.findById(id).orElseThrow();
        var now = clock.instant();
        var submitted = release.text();
        release.showImage(mediaId, alt);
        release.touchedBy(staff.id(), staff.getDisplayName(), now);
        boolean resubmitted = changedInReview(release, submitted, staff, action);
        act(release, resubmitted && action == Action.SUBMIT ? Action.SAVE : action, at, staff, now);
    }

    /**
     * With four eyes, what a reviewer approves is exactly what someone else submitted. A reviewer who
     * changes a submitted release becomes its author: it waits for another reviewer, and approving
     * it in the same step is refused (nothing is written; the editor keeps the reviewer's text).
     *
     * @return whether the release was submitted again in this staff member's name
     */
    private boolean changedInReview(PressRelease release, PressRelease.Text submitted, Staff staff, Action action) {
        var review = settings.current().review();
        if (!review.required() || !review.fourEyes() || !release.isSubmittedBySomeoneBut(staff.id())
                || submitted.equals(release.text())) {
            return false;
        }
        if (action == Action.PUBLISH || action == Action.SCHEDULE) {
            throw new ReviewRefusedException("review.changed-in-review");
        }
        release.submitForReview(staff.id(), staff.getDisplayName());
        history.record(staff.actor(), "release.changed-in-review", release.getTitle());
        events.publishEvent(new ReviewEvents.Requested(release.getId(), release.getTitle(), staff.id(),
                staff.getDisplayName()));
        return true;
    }

    private void act(PressRelease release, Action action, Instant at, Staff staff, Instant now) {
        switch (action) {
            case PUBLISH -> {
                boolean reviewed = approve(release, staff);
                release.publish(at == null || at.isAfter(now) ? now : at, now);
                history.record(staff.actor(), "release.published", release.getTitle());
                if (reviewed) {
                    decided(release, staff, true, null, null);
                }
                events.publishEvent(release.published());
            }
            case SCHEDULE -> {
                boolean reviewed = approve(release, staff);
                release.schedule(at, now);
                history.record(staff.actor(), "release.scheduled", release.getTitle() + " @ " + at);
                if (reviewed) {
                    decided(release, staff, true, null, at);
                }
            }
            case SUBMIT -> {
                ReviewPolicy.refusesSubmitting(settings.current().review(), release, now).ifPresent(refusal -> {
                    throw new ReviewRefusedException(refusal);
                });
                release.submitForReview(staff.id(), staff.getDisplayName());
                history.record(staff.actor(), "release.submitted", release.getTitle());
                events.publishEvent(new ReviewEvents.Requested(release.getId(), release.getTitle(), staff.id(),
                        staff.getDisplayName()));
            }
            case SAVE, PREVIEW -> {
                // the text is all
            }
        }
    }

    /**
     * Checks that review before publishing lets this staff member publish the release, and ends its
     * review. @return whether it was waiting for review (then its approval is recorded)
     */
    private boolean approve(PressRelease release, Staff staff) {
        ReviewPolicy.refusesPublishing(settings.current().review(), release, staff).ifPresent(refusal -> {
            throw new ReviewRefusedException(refusal);
        });
        boolean reviewed = release.approved();
        if (reviewed) {
            history.record(staff.actor(), "release.approved", release.getTitle() + " (submitted by "
                    + release.getSubmittedByName() + ")");
        }
        return reviewed;
    }

    private void decided(PressRelease release, Staff reviewer, boolean approved, String comment, Instant scheduledAt) {
        events.publishEvent(new ReviewEvents.Decided(release.getId(), release.getTitle(), release.getSubmittedBy(),
                reviewer.id(), reviewer.getDisplayName(), approved, comment, scheduledAt));
    }

    /**
     * Sends a submitted release back to its editor with what needs to change: kept in its history
     * (a revision with the comment), the audit log, and a mail to the one who submitted it.
     */
    @Transactional
    public void sendBack(long id, String comment, Staff staff) {
        var release = releases.findById(id).orElseThrow();
        ReviewPolicy.refusesSendingBack(release, staff).ifPresent(refusal -> {
            throw new ReviewRefusedException(refusal);
        });
        var now = clock.instant();
        release.sendBack(comment);
        release.touchedBy(staff.id(), staff.getDisplayName(), now);
        keepRevision(release, staff, now, "sent back: " + comment.strip());
        history.record(staff.actor(), "release.sent-back", release.getTitle());
        decided(release, staff, false, comment.strip(), null);
    }

    /**
     * Sets the end time when it changed, with an audit line. An ended release given a later end (or
     * none) is back on the site: that is a publication, which review before publishing governs.
     */
    private void end(PressRelease release, Instant endAt, Action action, Staff staff, Instant now) {
        boolean ended = release.hasEndedAt(now);
        boolean bringsBack = endAt == null || endAt.isAfter(now);
        if (ended && bringsBack && action == Action.SUBMIT) {
            // submitted to come back: the reviewer's approval brings it back, not the submission
            return;
        }
        if (!release.endAt(endAt, now)) {
            return;
        }
        if (ended && release.isPublicAt(now) && approve(release, staff)) {
            decided(release, staff, true, null, null);
        }
        if (endAt == null) {
            history.record(staff.actor(), "release.end-removed", release.getTitle());
        } else {
            history.record(staff.actor(), ended ? "release.extended" : "release.ends", release.getTitle() + " @ " + endAt);
        }
    }

    @Transactional
    public void unpublish(long id, Staff staff) {
        change(id, staff, "release.unpublished", PressRelease::unpublish);
    }

    /**
     * Unpublishes a release unless it changed since its {@code version} was read (the staff API's
     * {@code If-Match}): then nothing is written, and the conflict is answered.
     */
    @Transactional
    public Optional<Conflict> unpublishIfUnchanged(long id, long version, Staff staff) {
        var release = releases.findById(id).orElseThrow();
        if (release.getVersion() != version) {
            return Optional.of(new Conflict(release));
        }
        change(id, staff, "release.unpublished", PressRelease::unpublish);
        return Optional.empty();
    }

    @Transactional
    public void trash(long id, Staff staff) {
        change(id, staff, "release.trashed", PressRelease::moveToTrash);
    }

    @Transactional
    public void restoreFromTrash(long id, Staff staff) {
        change(id, staff, "release.restored", PressRelease::restoreFromTrash);
    }

    /** Deletes a release in the trash, with its revisions; there is no way back. */
    @Transactional
    public void deleteForGood(long id, Staff staff) {
        var release = releases.findById(id).orElseThrow();
        if (release.getStatus() != ReleaseStatus.TRASHED) {
            throw new IllegalStateException("Only a release in the trash can be deleted for good");
        }
        releases.delete(release);
        history.record(staff.actor(), "release.deleted", release.getTitle());
    }

    /** Puts an earlier revision's text back; this is itself a new revision. */
    @Transactional
    public void restoreRevision(long id, Revision revision, Staff staff) {
        var release = releases.findById(id).orElseThrow();
        var now = clock.instant();
        ReviewPolicy.refusesChanging(settings.current().review(), release, staff, now).ifPresent(refusal -> {
            throw new ReviewRefusedException(refusal);
        });
        var submitted = release.text();
        release.rewrite(new Slug(release.getSlug()), revision.getTitle(), revision.getSummary(), revision.getBody(),
                revision.getCategory());
        release.touchedBy(staff.id(), staff.getDisplayName(), now);
        changedInReview(release, submitted, staff, Action.SAVE);
        keepRevision(release, staff, now, "restored revision " + revision.getId());
        if (release.isPublicAt(now)) {
            events.publishEvent(release.updated());
        }
        history.record(staff.actor(), "release.revision-restored", release.getTitle() + " ← revision " + revision.getId());
    }

    /** Records scheduled releases whose time has come as published. Safe to run on every instance. */
    @Transactional
    public int publishDue() {
        int count = 0;
        for (var release : releases.findDue(clock.instant())) {
            if (release.markPublishedIfDue(clock.instant())) {
                history.record(Actor.SCHEDULER, "release.published", release.getTitle());
                events.publishEvent(release.published());
                count++;
            }
        }
        return count;
    }

    /**
     * Records public releases whose end time has passed as ended, and tells other features they left
     * the site. Safe to run on every instance: each is recorded once.
     */
    @Transactional
    public int endDue() {
        int count = 0;
        var now = clock.instant();
        for (var release : releases.findEnding(now)) {
            if (release.markEndedIfDue(now)) {
                history.record(Actor.SCHEDULER, "release.ended", release.getTitle());
                events.publishEvent(release.unpublished());
                count++;
            }
        }
        return count;
    }

    private void change(long id, Staff staff, String action, StatusChange change) {
        var release = releases.findById(id).orElseThrow();
        var now = clock.instant();
        boolean wasPublic = release.isPublicAt(now);
        change.apply(release, now);
        if (wasPublic && !release.isPublicAt(now)) {
            events.publishEvent(release.unpublished());
        }
        release.touchedBy(staff.id(), staff.getDisplayName(), now);
        history.record(staff.actor(), action, release.getTitle());
    }

    private void keepRevision(PressRelease release, Staff staff, Instant now, String note) {
        history.keep(release, staff, now, note);
    }

    @FunctionalInterface
    private interface StatusChange {
        void apply(PressRelease release, Instant now);
    }
}
