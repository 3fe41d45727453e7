package io.newsroom.release.model;

/** Where a release is in review before publishing; a release nobody submitted has none. */
public enum ReviewState {
    /** Waiting for a reviewer to publish, schedule or send it back. */
    SUBMITTED,
    /** Sent back to its editor with a comment. */
    RETURNED
}
