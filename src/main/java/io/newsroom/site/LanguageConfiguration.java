package io.newsroom.site;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.newsroom.settings.Languages;
import io.newsroom.web.RequestLanguage;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UrlPathHelper;

/**
 * A public page's language comes from its address only: never a cookie, never Accept-Language, so
 * that every reader and cache gets the same page for the same address. The admin (never cached)
 * speaks the language each member of staff chose, and until they choose, their browser's.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    /** Before the page cache, which keys on the address as asked (language included). */
    @Bean
    FilterRegistrationBean<LanguageFilter> languageFilter(Languages languages) {
        var registration = new FilterRegistrationBean<>(new LanguageFilter(languages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
        return registration;
    }

    /** Instead of Spring Boot's, which parses every request's Accept-Language for nothing here. */
    @Bean
    RequestContextWithoutBrowserLocale requestContextWithoutBrowserLocale() {
        return new RequestContextWithoutBrowserLocale();
    }

    /** An admin page, or the error page shown for one (its 404, its 500). */
    static boolean isAdmin(HttpServletRequest request) {
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed.substring(request.getContextPath().length())
                : UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return path.startsWith("/admin/") || "/admin".equals(path);
    }

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver(Languages languages) {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                if (request.getAttribute(RequestLanguage.ATTRIBUTE) instanceof Locale language) {
                    return language;
                }
                return isAdmin(request) ? staffLanguage(request) : languages.defaultLanguage();
            }

            /** The language the member of staff chose; until they choose, the browser's among the newsroom's. */
            private Locale staffLanguage(HttpServletRequest request) {
                if (request.getAttribute(RequestLanguage.STAFF) instanceof Locale chosen && languages.all().contains(chosen)) {
                    return chosen;
                }
                String asked = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
                if (asked != null && !asked.isBlank()) {
                    try {
                        Locale match = Locale.lookup(Locale.LanguageRange.parse(asked), languages.all());
                        if (match != null) {
                            return match;
                        }
                    } catch (IllegalArgumentException unreadable) {
                        // a header no browser sends: the default language
                    }
                }
                return languages.defaultLanguage();
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("The language is chosen by the address");
            }
        };
    }
}
