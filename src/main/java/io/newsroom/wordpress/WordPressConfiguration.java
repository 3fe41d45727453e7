package io.newsroom.wordpress;

import io.newsroom.release.ReleaseLookup;
import io.newsroom.settings.Languages;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class WordPressConfiguration {

    /** Before the page cache, which would otherwise answer {@code /?p=123} with the list. */
    @Bean
    FilterRegistrationBean<LegacyLinkFilter> legacyLinkFilter(LegacyLinks links, ReleaseLookup releases,
                                                           Languages languages) {
        var registration = new FilterRegistrationBean<>(new LegacyLinkFilter(links, releases, languages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        return registration;
    }
}
