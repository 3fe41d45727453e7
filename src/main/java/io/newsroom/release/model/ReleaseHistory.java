package io.newsroom.release.model;

import java.time.Instant;

import io.newsroom.account.Staff;
import io.newsroom.audit.Actor;
import io.newsroom.audit.AuditLog;

import org.springframework.stereotype.Component;

/**
 * What is kept of every change to a release, in the transaction that makes it: a revision of its
 * text (with a note on what happened) and a line in the audit log.
 */
@Component
class ReleaseHistory {

    private final Revisions revisions;
    private final AuditLog audit;

    ReleaseHistory(Revisions revisions, AuditLog audit) {
        this.revisions = revisions;
        this.audit = audit;
    }

    /**
     * Keeps the release's text as it now is, with an optional note (why this revision exists).
     *
     * @param staff who changed it; null for the newsroom itself ("system", as in the audit log)
     */
    void keep(PressRelease release, Staff staff, Instant now, String note) {
        revisions.save(staff == null ? Revision.of(release, null, Actor.SYSTEM.name(), now, note)
                : Revision.of(release, staff.id(), staff.getDisplayName(), now, note));
    }

    /** The id of the release's latest revision, or null when it has none. */
    Long latestRevision(long releaseId) {
        return revisions.findLatestId(releaseId);
    }

    void record(Actor actor, String action, String target) {
        audit.record(actor, action, target);
    }
}
