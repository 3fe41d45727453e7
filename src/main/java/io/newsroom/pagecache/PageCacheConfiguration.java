package io.newsroom.pagecache;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.servlet.DispatcherType;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ServerHttpObservationFilter;

@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

    /**
     * Longest a stored page lives even when nothing changes: bounds what another instance's
     * settings cache (a few seconds) could have left in a page.
     */
    private static final Duration LONGEST_LIFE = Duration.ofMinutes(5);

    @Bean
    FilterRegistrationBean<PublicPageFilter> publicPageFilter(List<CacheablePages> declared, ContentVersion versions,
                                                              PageCacheProperties properties,
                                                              ObjectProvider<MeterRegistry> meters,
                                                              @Value("${server.servlet.session.cookie.name:JSESSIONID}")
                                                              String sessionCookie) {
        long bytes = properties.maxSize().toBytes();
        var pages = cache(bytes - bytes / 8);
        var searches = cache(bytes / 8);
        // cache_gets_total{cache="pages",result="hit"|"miss"}, cache_size, cache_evictions_total, ...
        meters.ifAvailable(registry -> {
            CaffeineCacheMetrics.monitor(registry, pages, "pages");
            CaffeineCacheMetrics.monitor(registry, searches, "search-results");
        });
        var filter = new PublicPageFilter(declared, versions, new PageCaches(pages, searches), properties, sessionCookie);
        var registration = new FilterRegistrationBean<>(filter);
        // after the character encoding filter, before everything else (Spring Security included)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /**
     * The observation of each request (the {@code http.server.requests} metrics) runs after the page
     * cache rather than first, as Spring Boot would place it: a stored page costs no observation (the
     * page cache's own {@code cache_gets} counts it), everything else is timed as before.
     */
    @Bean
    FilterRegistrationBean<ServerHttpObservationFilter> webMvcObservationFilter(ObservationRegistry registry) {
        var registration = new FilterRegistrationBean<>(new ServerHttpObservationFilter(registry));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
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
