package io.newsroom.release;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import io.newsroom.account.Staff;
import io.newsroom.audit.Actor;
import io.newsroom.audit.AuditLog;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to releases. Each change is one transaction that also keeps a revision (for
 * content) and an audit line (for status changes), so neither can be missing.
 */
@Service
class ReleaseDesk {

    private final PressReleases releases;
    private final Revisions revisions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReleaseDesk(PressReleases releases, Revisions revisions, AuditLog audit, ApplicationEventPublisher events,
                Clock clock) {
        this.releases = releases;
        this.revisions = revisions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The result of saving: saved, or someone else saved first and nothing was overwritten. */
    sealed interface Outcome {
    }

    record Saved(PressRelease release) implements Outcome {
    }

    record Conflict(PressRelease current) implements Outcome {
    }

    @Transactional
    PressRelease create(ReleaseForm form, Category category, Locale language, Staff staff) {
        var now = clock.instant();
        var release = PressRelease.draft(form.slugOrSuggestion(), language, form.title().strip(),
                form.summary().strip(), form.body(), category, now);
        release.showImage(form.keptImageId(), form.heroImageAlt());
        release.touchedBy(staff.id(), staff.getDisplayName(), now);
        releases.save(release);
        keepRevision(release, staff, now, null);
        audit.record(staff.actor(), "release.created", release.getTitle());
        return release;
    }

    /** Saves the editor's text, unless the release changed since the editor opened it. */
    @Transactional
    Outcome update(long id, ReleaseForm form, Category category, Staff staff) {
        var release = releases.findById(id).orElseThrow();
        if (form.version() == null || form.version() != release.getVersion()) {
            return new Conflict(release);
        }
        var now = clock.instant();
        release.rewrite(form.slugOrSuggestion(), form.title().strip(), form.summary().strip(), form.body(), category);
        release.showImage(form.keptImageId(), form.heroImageAlt());
        release.touchedBy(staff.id(), staff.getDisplayName(), now);
        keepRevision(release, staff, now, null);
        return new Saved(release);
    }

    @Transactional
    void showImage(long id, Long mediaId, String alt, Staff staff) {
        var release = releases.findById(id).orElseThrow();
        release.showImage(mediaId, alt);
        release.touchedBy(staff.id(), staff.getDisplayName(), clock.instant());
    }

    /** Publishes now, or at a past moment to backdate a release. */
    @Transactional
    void publish(long id, Instant at, Staff staff) {
        var release = releases.findById(id).orElseThrow();
        var now = clock.instant();
        release.publish(at == null || at.isAfter(now) ? now : at, now);
        release.touchedBy(staff.id(), staff.getDisplayName(), now);
        audit.record(staff.actor(), "release.published", release.getTitle());
        events.publishEvent(ReleasePublished.of(release));
    }

    @Transactional
    void schedule(long id, Instant at, Staff staff) {
        var release = releases.findById(id).orElseThrow();
        var now = clock.instant();
        release.schedule(at, now);
        release.touchedBy(staff.id(), staff.getDisplayName(), now);
        audit.record(staff.actor(), "release.scheduled", release.getTitle() + " @ " + at);
    }

    @Transactional
    void unpublish(long id, Staff staff) {
        change(id, staff, "release.unpublished", PressRelease::unpublish);
    }

    @Transactional
    void trash(long id, Staff staff) {
        change(id, staff, "release.trashed", PressRelease::moveToTrash);
    }

    @Transactional
    void restoreFromTrash(long id, Staff staff) {
        change(id, staff, "release.restored", PressRelease::restoreFromTrash);
    }

    /** Deletes a release in the trash, with its revisions; there is no way back. */
    @Transactional
    void deleteForGood(long id, Staff staff) {
        var release = releases.findById(id).orElseThrow();
        if (release.getStatus() != ReleaseStatus.TRASHED) {
            throw new IllegalStateException("Only a release in the trash can be deleted for good");
        }
        releases.delete(release);
        audit.record(staff.actor(), "release.deleted", release.getTitle());
    }

    /** Puts an earlier revision's text back; this is itself a new revision. */
    @Transactional
    void restoreRevision(long id, Revision revision, Staff staff) {
        var release = releases.findById(id).orElseThrow();
        var now = clock.instant();
        release.rewrite(new Slug(release.getSlug()), revision.getTitle(), revision.getSummary(), revision.getBody(),
                revision.getCategory());
        release.touchedBy(staff.id(), staff.getDisplayName(), now);
        keepRevision(release, staff, now, "restored revision " + revision.getId());
        audit.record(staff.actor(), "release.revision-restored", release.getTitle() + " ← revision " + revision.getId());
    }

    /** Records scheduled releases whose time has come as published. Safe to run on every instance. */
    @Transactional
    int publishDue() {
        int count = 0;
        for (var release : releases.findDue(clock.instant())) {
            if (release.markPublishedIfDue(clock.instant())) {
                audit.record(Actor.SCHEDULER, "release.published", release.getTitle());
                events.publishEvent(ReleasePublished.of(release));
                count++;
            }
        }
        return count;
    }

    private void change(long id, Staff staff, String action, StatusChange change) {
        var release = releases.findById(id).orElseThrow();
        var now = clock.instant();
        change.apply(release, now);
        release.touchedBy(staff.id(), staff.getDisplayName(), now);
        audit.record(staff.actor(), action, release.getTitle());
    }

    private void keepRevision(PressRelease release, Staff staff, Instant now, String note) {
        revisions.save(Revision.of(release, staff.id(), staff.getDisplayName(), now, note));
    }

    @FunctionalInterface
    private interface StatusChange {
        void apply(PressRelease release, Instant now);
    }
}
