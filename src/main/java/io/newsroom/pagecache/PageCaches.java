package io.newsroom.pagecache;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * The two stores of rendered pages: pages proper, and search results in a small share of their own,
 * so that a storm of made-up searches cannot push the home page out.
 */
record PageCaches(Cache<String, RenderedPage> pages, Cache<String, RenderedPage> searches) {

    Cache<String, RenderedPage> of(boolean search) {
        return search ? searches : pages;
    }

    /** A new content version makes every stored page useless. */
    void invalidateAll() {
        pages.invalidateAll();
        searches.invalidateAll();
    }
}
