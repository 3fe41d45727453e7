package io.newsroom.pagecache;

import java.util.List;
import java.util.Set;

/**
 * Pages a feature serves identically to every visitor, declared as a bean. Each page is a path
 * pattern with the query parameters that change it; a request carrying any other parameter is
 * answered normally but never stored, so made-up query strings cannot fill the cache.
 */
public record CacheablePages(List<Page> pages) {

    /**
     * @param pattern    a path pattern, e.g. {@code /news/{slug}}
     * @param parameters the query parameters that change the page
     * @param searches   results of a visitor's free text: kept apart so that a storm of distinct
     *                   searches cannot push the other pages out
     */
    public record Page(String pattern, Set<String> parameters, boolean searches) {
    }

    public static CacheablePages of(Page... pages) {
        return new CacheablePages(List.of(pages));
    }

    public static Page page(String pattern, String... parameters) {
        return new Page(pattern, Set.of(parameters), false);
    }

    public static Page searchResults(String pattern, String... parameters) {
        return new Page(pattern, Set.of(parameters), true);
    }
}
