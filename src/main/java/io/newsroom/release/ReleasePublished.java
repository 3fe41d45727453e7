package io.newsroom.release;

/**
 * A release became public (now, or because its scheduled time came). Published inside the
 * transaction that made it so; listeners that write must join it.
 */
/** A release became public; {@code language} is its language tag ({@code ko}). */
public record ReleasePublished(long releaseId, String slug, String title, String summary, String categorySlug,
                               String categoryName, String language) {
}
