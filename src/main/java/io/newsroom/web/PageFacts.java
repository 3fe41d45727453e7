package io.newsroom.web;

/** What a page tells the filters around it once served, as request attributes. */
public final class PageFacts {

    /** How many releases a search found (an {@link Integer}): analytics counts the terms that found nothing. */
    public static final String SEARCH_RESULTS = "io.newsroom.search.results";

    private PageFacts() {
    }
}
