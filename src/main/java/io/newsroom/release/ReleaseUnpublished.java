package io.newsroom.release;

/** A release that was public is not any more (taken off the site, or into the trash). */
public record ReleaseUnpublished(long releaseId, String slug, String title, String language) {
}
