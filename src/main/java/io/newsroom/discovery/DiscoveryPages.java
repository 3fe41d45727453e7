package io.newsroom.discovery;

import static io.newsroom.pagecache.CacheablePages.page;

import io.newsroom.pagecache.CacheablePages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Feeds, the sitemap and robots.txt are the same for every reader. */
@Configuration(proxyBeanMethods = false)
class DiscoveryPages {

    @Bean
    CacheablePages cacheableDiscoveryPages() {
        return CacheablePages.of(
                page("/feed.atom", "category"),
                page("/feed.rss", "category"),
                page("/sitemap.xml"),
                page("/sitemap/{file}"),
                page("/robots.txt"));
    }
}
