package io.newsroom.release.model;

/**
 * Where a release is in its life. A release is public when it is {@link #SCHEDULED} or
 * {@link #PUBLISHED} and its publish time has passed: a scheduled release appears at its time
 * whether or not a job has yet relabelled it as published.
 */
public enum ReleaseStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHED,
    TRASHED;

    boolean mayBePublic() {
        return this == SCHEDULED || this == PUBLISHED;
    }
}
