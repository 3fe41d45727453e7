package io.newsroom.release.model;

import java.time.Instant;

/** What review before publishing tells the people concerned, within the transaction of the change. */
final class ReviewEvents {

    private ReviewEvents() {
    }

    /** A release was submitted: its reviewers are told. */
    record Requested(long releaseId, String title, long submitterId, String submitterName) {
    }

    /**
     * A reviewer decided: the one who submitted it is told.
     *
     * @param comment     why it was sent back; null when approved
     * @param scheduledAt when it will appear, when it was scheduled rather than published
     */
    record Decided(long releaseId, String title, Long submitterId, long reviewerId, String reviewerName,
                   boolean approved, String comment, Instant scheduledAt) {
    }
}
