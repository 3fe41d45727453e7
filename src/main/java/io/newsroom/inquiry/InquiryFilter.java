package io.newsroom.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.newsroom.web.Like;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/** The inbox's filters and search, as query parameters; the CSV export takes the same ones. */
record InquiryFilter(InquiryStatus status, Topic topic,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String q) {

    Instant fromInstant(ZoneId zone) {
        return (from == null ? LocalDate.of(1900, 1, 1) : from).atStartOfDay(zone).toInstant();
    }

    Instant untilInstant(ZoneId zone) {
        return (to == null ? LocalDate.of(3000, 1, 1) : to.plusDays(1)).atStartOfDay(zone).toInstant();
    }

    /** A LIKE pattern for name, email and outlet; null for no search. */
    String textPattern() {
        return Like.containing(q);
    }

    String url(String path, int page) {
        var uri = UriComponentsBuilder.fromPath(path);
        if (status != null) {
            uri.queryParam("status", status);
        }
        if (topic != null) {
            uri.queryParam("topic", topic);
        }
        if (from != null) {
            uri.queryParam("from", from);
        }
        if (to != null) {
            uri.queryParam("to", to);
        }
        if (q != null && !q.isBlank()) {
            uri.queryParam("q", q);
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
