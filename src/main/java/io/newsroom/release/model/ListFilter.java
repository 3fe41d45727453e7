package io.newsroom.release.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a visitor narrowed the list to: a category, a year, both or neither, in the page's language.
 *
 * @param category null for every category
 * @param year     null for every year
 * @param language a language tag ({@code ko}); null for every language (the sitemap)
 */
public record ListFilter(Category category, Integer year, String language) {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;

    /** Whether a year asked for in an address is one the list can filter by (no year is fine too). */
    public static boolean isYear(Integer year) {
        return year == null || (year >= FIRST_YEAR && year <= LAST_YEAR);
    }

    /** Beginning of the time window, in the company's time zone. */
    public Instant from(ZoneId zone) {
        return LocalDate.of(year == null ? FIRST_YEAR : year, 1, 1).atStartOfDay(zone).toInstant();
    }

    /** End of the time window (exclusive). */
    public Instant until(ZoneId zone) {
        return year == null
                ? LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(zone).toInstant()
                : LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
    }

    public boolean isEmpty() {
        return category == null && year == null;
    }

    /** The address of one page of this filtered list; {@code prefix} is the language's ({@code /ko} or nothing). */
    public String url(int page, String prefix) {
        var uri = UriComponentsBuilder.fromPath(prefix + "/news");
        if (category != null) {
            uri.queryParam("category", category.getSlug());
        }
        if (year != null) {
            uri.queryParam("year", year);
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
