package io.newsroom.inquiry;

import static io.newsroom.pagecache.CacheablePages.page;

import io.newsroom.pagecache.CacheablePages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The privacy notice carries no form: the same for every visitor. The contact form is not (one-time token). */
@Configuration(proxyBeanMethods = false)
class PrivacyPage {

    @Bean
    CacheablePages cacheablePrivacyPage() {
        return CacheablePages.of(page("/privacy"));
    }
}
