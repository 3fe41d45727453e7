package io.newsroom.release.editor;

import io.newsroom.release.model.ReleaseStatus;
import io.newsroom.release.model.ReviewState;

import org.springframework.web.util.UriComponentsBuilder;

/** The admin list's search, filters and sort, kept in every page link. */
record AdminListQuery(String q, ReleaseStatus status, ReviewState review, Long category, String sort) {

    AdminListQuery {
        sort = sort == null || sort.isBlank() ? "updated" : sort;
    }

    String url(int page) {
        var uri = UriComponentsBuilder.fromPath("/admin/releases");
        if (q != null && !q.isBlank()) {
            uri.queryParam("q", q);
        }
        if (status != null) {
            uri.queryParam("status", status);
        }
        if (review != null) {
            uri.queryParam("review", review);
        }
        if (category != null) {
            uri.queryParam("category", category);
        }
        if (sort != null && !"updated".equals(sort)) {
            uri.queryParam("sort", sort);
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
