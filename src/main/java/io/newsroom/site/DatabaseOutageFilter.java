package io.newsroom.site;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import io.newsroom.web.DatabaseUnavailable;
import io.newsroom.web.SecurityHeaders;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A database outage is one quick 503 for requests with a session cookie too. Sessions live in the
 * database, so such a request would otherwise look its session up several times (each a pool wait)
 * and fail after the page with a 500. Runs before the session filter: the first failure is answered
 * with the site's 503 page, rendered without the session, and for a few seconds after it requests
 * that carry a session cookie get that page at once, without waiting for the pool again.
 * Requests without a session cookie go on as before: the page cache may still serve them.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    /** How long a failure is remembered; then a request tries the database again. */
    static final long REMEMBERED_NANOS = 5_000_000_000L;

    private static final String OUTAGE = DatabaseOutageFilter.class.getName() + ".outage";

    private final String sessionCookie;

    private volatile long downSince;
    private volatile boolean down;

    DatabaseOutageFilter(String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(request.getAttribute(OUTAGE) != null ? withoutSession(request) : request, response);
            return;
        }
        if (hasSessionCookie(request) && recentlyDown()) {
            answer(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseUnavailable.is(failure) || response.isCommitted()) {
                throw failure;
            }
            downSince = System.nanoTime();
            down = true;
            logger.warn("The database is unavailable; answering 503: " + rootMessage(failure));
            answer(request, response);
        }
    }

    private boolean recentlyDown() {
        if (down && System.nanoTime() - downSince < REMEMBERED_NANOS) {
            return true;
        }
        down = false;
        return false;
    }

    private boolean hasSessionCookie(HttpServletRequest request) {
        var cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(cookie -> sessionCookie.equals(cookie.getName()));
    }

    /** Tomcat shows the site's 503 page (the error controller), on a request without its session. */
    private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(OUTAGE, Boolean.TRUE);
        response.reset();
        SecurityHeaders.writeTo(response);
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    private HttpServletRequest withoutSession(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public Cookie[] getCookies() {
                var cookies = super.getCookies();
                return cookies == null ? null : Arrays.stream(cookies)
                        .filter(cookie -> !sessionCookie.equals(cookie.getName())).toArray(Cookie[]::new);
            }
        };
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
