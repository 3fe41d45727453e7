package io.newsroom.site;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.servlet.filter.OrderedRequestContextFilter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Spring's request context for the thread, without the browser's locale. Spring's own filter puts
 * {@code request.getLocale()} in {@link LocaleContextHolder} for every request, and that makes
 * Tomcat parse the Accept-Language header, robots.txt and stored pages included. The newsroom never
 * speaks the browser's language from it: a page's language comes from its address, the admin's
 * from the staff member's choice (see {@link LanguageConfiguration}), and the dispatcher servlet
 * sets the holder from that resolver for everything it renders.
 */
class RequestContextWithoutBrowserLocale extends OrderedRequestContextFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var attributes = new ServletRequestAttributes(request, response);
        RequestContextHolder.setRequestAttributes(attributes);
        try {
            chain.doFilter(request, response);
        } finally {
            LocaleContextHolder.resetLocaleContext();
            RequestContextHolder.resetRequestAttributes();
            attributes.requestCompleted();
        }
    }
}
