package io.newsroom.release.model;

import java.time.Instant;
import java.util.Optional;

import io.newsroom.account.Staff;
import io.newsroom.settings.Settings;

/**
 * Who may publish what while review before publishing is on: the rules, apart from where the
 * settings come from, so that the editor's checks and the desk's enforcement are the same.
 */
public final class ReviewPolicy {

    private ReviewPolicy() {
    }

    /**
     * Why this staff member may not publish or schedule this release now, as a message key; empty
     * when they may. With review on, only reviewers publish; with four eyes, only a release someone
     * else submitted. A release not yet saved is null.
     */
    public static Optional<String> refusesPublishing(Settings.Review review, PressRelease release, Staff staff) {
        if (!review.required()) {
            return Optional.empty();
        }
        if (!staff.isReviewer()) {
            return Optional.of("review.needs-reviewer");
        }
        if (review.fourEyes() && (release == null || !release.isSubmittedBySomeoneBut(staff.id()))) {
            return Optional.of("review.four-eyes");
        }
        return Optional.empty();
    }

    /**
     * Why this staff member may not change the text of this release now: with review on, an editor
     * does not change what the public sees (or will see at its time) without a reviewer.
     */
    public static Optional<String> refusesChanging(Settings.Review review, PressRelease release, Staff staff, Instant now) {
        if (release == null) {
            return Optional.empty();
        }
        boolean publicOrDue = release.isPublicAt(now) || release.getStatus() == ReleaseStatus.SCHEDULED;
        return review.required() && !staff.isReviewer() && publicOrDue
                ? Optional.of("review.public-needs-reviewer") : Optional.empty();
    }

    /** Why this release cannot be submitted for review now: it is public or scheduled already, or waiting. */
    public static Optional<String> refusesSubmitting(Settings.Review review, PressRelease release, Instant now) {
        if (!review.required()) {
            return Optional.of("review.off");
        }
        if (release == null) {
            return Optional.empty();
        }
        if (release.isPublicAt(now) || release.getStatus() == ReleaseStatus.SCHEDULED) {
            return Optional.of("review.public-not-submitted");
        }
        return release.getReviewState() == ReviewState.SUBMITTED ? Optional.of("review.already-submitted") : Optional.empty();
    }

    /** Why this staff member may not send this release back: only reviewers do, and only a submitted release. */
    public static Optional<String> refusesSendingBack(PressRelease release, Staff staff) {
        if (!staff.isReviewer()) {
            return Optional.of("review.needs-reviewer");
        }
        return release.getReviewState() == ReviewState.SUBMITTED ? Optional.empty() : Optional.of("review.not-submitted");
    }
}
