package io.newsroom.pagecache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param enabled       keep rendered public pages in memory ({@code NEWSROOM_PAGE_CACHE_ENABLED=false} turns it off;
 *                      HTTP validators and 304s stay)
 * @param maxSize       the memory the cache may use, counting both the plain and the gzip copy of each page
 * @param checkInterval how often an instance asks the database for the content version; a change made on
 *                      another instance shows within this interval (plus a query)
 * @param maxAge        {@code Cache-Control: max-age} of public pages, for browsers, nginx and CDNs
 * @param staleWhileRevalidate how long a shared cache may serve a page past its age while it fetches a new one
 */
@ConfigurationProperties("newsroom.page-cache")
record PageCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("32MB") DataSize maxSize,
        @DefaultValue("PT1S") Duration checkInterval,
        @DefaultValue("PT1M") Duration maxAge,
        @DefaultValue("PT5M") Duration staleWhileRevalidate) {
}
