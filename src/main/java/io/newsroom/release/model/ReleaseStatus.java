package io.newsroom.release.model;

/**
 * Where a release is in its life. A release is public when it is {@link #SCHEDULED} or
 * {@link #PUBLISHED} and its publish time has passed: a scheduled release appears at its time
 * whether or not a job has yet relabelled it as published. A public release whose end time has
 * passed is {@link #ENDED}: gone from the site (its page answers 410) until staff extend it.
 */
public enum ReleaseStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHED,
    ENDED,
    TRASHED;

    boolean mayBePublic() {
        return this == SCHEDULED || this == PUBLISHED;
    }
}
