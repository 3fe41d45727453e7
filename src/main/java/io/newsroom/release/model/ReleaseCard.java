package io.newsroom.release.model;

import java.time.Instant;

/** A release as the list shows it, read straight from the query: no body, no entity. */
public record ReleaseCard(Long id, String slug, String title, String summary, String categorySlug, String categoryName,
                   Instant publishedAt, Long imageId, String imageAlt, String language) {
}
