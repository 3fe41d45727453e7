package io.newsroom.release;

/** A public release's text changed: what other features (webhooks) hear of it. */
public record ReleaseUpdated(long releaseId, String slug, String title, String summary, String categorySlug,
                             String categoryName, String language) {
}
