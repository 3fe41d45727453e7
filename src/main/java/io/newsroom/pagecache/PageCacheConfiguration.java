package io.newsroom.pagecache;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

    /**
     * Longest a stored page lives even when nothing changes: bounds what another instance's
     * settings cache (a few seconds) could have left in a page.
     */
    private static final Duration LONGEST_LIFE = Duration.ofMinutes(5);

    @Bean
    FilterRegistrationBean<PublicPageFilter> publicPageFilter(List<CacheablePages> declared, ContentVersion versions,
                                                              PageCacheProperties properties) {
        long bytes = properties.maxSize().toBytes();
        var filter = new PublicPageFilter(declared, versions, cache(bytes - bytes / 8), cache(bytes / 8), properties);
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    private static Cache<String, RenderedPage> cache(long bytes) {
        return Caffeine.newBuilder()
                .maximumWeight(bytes)
                .weigher((String key, RenderedPage page) -> key.length() * 2 + page.weight())
                .expireAfterWrite(LONGEST_LIFE)
                .recordStats()
                .build();
    }
}
