package io.newsroom.release.api;

import java.time.Instant;
import java.util.List;

/** The JSON the public API answers with: releases as the public pages show them, nothing more. */
final class ApiViews {

    private ApiViews() {
    }

    record CategoryView(String slug, String name) {
    }

    /** Addresses are absolute, for sites that embed them. */
    record ImageView(String src, String srcset, int width, int height, String alt) {
    }

    record ReleaseSummary(String slug, String language, String title, String summary, CategoryView category, Instant publishedAt,
                          String url, ImageView image) {
    }

    /** @param next the address of the following page, or null on the last */
    record ReleaseList(List<ReleaseSummary> releases, String next) {
    }

    record ReleaseDetail(String slug, String language, String title, String summary, String bodyHtml,
                         CategoryView category, Instant publishedAt, String url, String pdf, ImageView image) {
    }

    /** @param snippetHtml sanitized HTML, the matched words in {@code <mark>} */
    record SearchHit(String slug, String title, CategoryView category, Instant publishedAt, String url,
                     String snippetHtml) {
    }

    /** @param more more than {@code total} matched: the newest of them were ranked */
    record SearchResults(String query, long total, boolean more, List<SearchHit> hits, String next) {
    }
}
