package io.newsroom.analytics;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Around everything else, the page cache included, so that a cached page and a {@code 304} are
 * counted like any other. Staff (a request with a session cookie: readers have none) are not
 * counted. Counting never fails a request.
 */
class CountingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CountingFilter.class);

    private final Pages pages;
    private final Counting counting;
    private final String sessionCookie;

    CountingFilter(Pages pages, Counting counting, String sessionCookie) {
        this.pages = pages;
        this.counting = counting;
        this.sessionCookie = sessionCookie;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var page = "GET".equals(request.getMethod()) ? pages.of(request.getRequestURI(), request.getHeader("Referer")) : null;
        chain.doFilter(request, response);
        if (page == null || response.getStatus() != 200 && response.getStatus() != 304 || isStaff(request)) {
            return;
        }
        try {
            counting.count(request, page);
        } catch (RuntimeException failure) {
            log.warn("A view could not be counted: {}", failure.toString());
        }
    }

    private boolean isStaff(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(sessionCookie)) {
                    return true;
                }
            }
        }
        return false;
    }
}
