package io.newsroom.release.pages;

import static io.newsroom.pagecache.CacheablePages.page;
import static io.newsroom.pagecache.CacheablePages.searchResults;

import io.newsroom.pagecache.CacheablePages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The release pages every visitor sees alike: the lists, each release and its PDF, search results. */
@Configuration(proxyBeanMethods = false)
class PublicPages {

    @Bean
    CacheablePages cacheableReleasePages() {
        return CacheablePages.of(
                page("/", "page", "category", "year"),
                page("/news", "page", "category", "year"),
                page("/news/{slug}"),
                searchResults("/search", "q", "page"));
    }
}
