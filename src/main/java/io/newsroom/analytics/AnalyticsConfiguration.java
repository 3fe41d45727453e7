package io.newsroom.analytics;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsProperties.class)
class AnalyticsConfiguration {

    /** Before the language filter (it sees the address as asked) and the page cache (it sees its hits). */
    @Bean
    @ConditionalOnProperty(name = "newsroom.analytics.enabled", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<CountingFilter> countingFilter(Pages pages, Counting counting,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
        var registration = new FilterRegistrationBean<>(new CountingFilter(pages, counting, sessionCookie));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }
}
