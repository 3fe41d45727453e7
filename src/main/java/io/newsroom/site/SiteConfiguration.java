package io.newsroom.site;

import java.time.Clock;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.RelativeRedirectFilter;

@Configuration(proxyBeanMethods = false)
class SiteConfiguration {

    /** The one source of "now", so that tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Redirects say {@code Location: /admin/login}, never a URL built from the request's
     * {@code Host}, which the client chooses (Tomcat would build one for HTTP/1.0 requests).
     */
    @Bean
    FilterRegistrationBean<RelativeRedirectFilter> relativeRedirects() {
        var filter = new RelativeRedirectFilter();
        filter.setRedirectStatus(HttpStatus.FOUND);
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** After the page cache (which may still serve a visitor), before the sessions kept in the database. */
    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
        var registration = new FilterRegistrationBean<>(new DatabaseOutageFilter(sessionCookie));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }
}
