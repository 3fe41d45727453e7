package io.newsroom.site;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.newsroom.settings.Languages;
import io.newsroom.web.RequestLanguage;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/** The request's language comes from its address only: never a cookie, never Accept-Language. */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    /** Before the page cache, which keys on the address as asked (language included). */
    @Bean
    FilterRegistrationBean<LanguageFilter> languageFilter(Languages languages) {
        var registration = new FilterRegistrationBean<>(new LanguageFilter(languages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
        return registration;
    }

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver(Languages languages) {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return request.getAttribute(RequestLanguage.ATTRIBUTE) instanceof Locale language
                        ? language : languages.defaultLanguage();
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("The language is chosen by the address");
            }
        };
    }
}
