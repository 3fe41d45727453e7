package io.newsroom.site;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SiteConfiguration {

    /** The one source of "now", so that tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
