package io.newsroom.pagecache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.newsroom.web.SecurityHeaders;

import com.github.benmanes.caffeine.cache.Cache;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Public pages that are the same for every visitor get {@code Cache-Control: public}, a validator
 * from the content version, a 304 without rendering when the visitor already has them, and, with
 * the page cache on, the stored bytes without running the controller or the template. Everything
 * else (forms with one-time tokens, embargoed previews, anything staff see) is {@code private, no-store}.
 * Runs before Spring Security so that a stored page costs no more than a static file; a stored page
 * carries again the headers its first response had, Spring Security's among them.
 */
class PublicPageFilter extends OncePerRequestFilter {

    static final String PRIVATE = "private, no-store";

    private static final Set<String> PER_RESPONSE = Set.of("set-cookie", "date", "content-length", "content-type",
            "transfer-encoding", "content-encoding", "cache-control", "etag", "last-modified", "vary", "x-page-cache");

    private record Route(PathPattern pattern, CacheablePages.Page page) {
    }

    private record Key(String path, String query, boolean searches) {
        @Override
        public String toString() {
            return query.isEmpty() ? path : path + "?" + query;
        }
    }

    private final List<Route> routes;
    private final ContentVersion versions;
    private final Cache<String, RenderedPage> pages;
    private final Cache<String, RenderedPage> searches;
    private final PageCacheProperties properties;
    private final String publicCacheControl;
    private volatile String currentTag;

    PublicPageFilter(List<CacheablePages> declared, ContentVersion versions, Cache<String, RenderedPage> pages,
                     Cache<String, RenderedPage> searches, PageCacheProperties properties) {
        var parser = new PathPatternParser();
        this.routes = declared.stream().flatMap(d -> d.pages().stream())
                .map(page -> new Route(parser.parse(page.pattern()), page)).toList();
        this.versions = versions;
        this.pages = pages;
        this.searches = searches;
        this.properties = properties;
        this.publicCacheControl = "public, max-age=" + properties.maxAge().toSeconds()
                + ", stale-while-revalidate=" + properties.staleWhileRevalidate().toSeconds();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var route = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) ? route(request) : null;
        if (route == null || mayBeSignedIn(request)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
            chain.doFilter(request, response);
            return;
        }
        Key key = key(request, route);
        ContentVersion.Snapshot snapshot;
        try {
            snapshot = versions.current();
        } catch (DataAccessException unavailable) {
            // the database is away: a page already in memory is better than a 503, but no one else may keep it
            var stale = key == null || !properties.enabled() ? null : (key.searches() ? searches : pages).getIfPresent(key.toString());
            if (stale != null) {
                serve(stale, request, response, null);
            } else {
                response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
                chain.doFilter(request, response);
            }
            return;
        }
        String etag = "W/\"" + snapshot.tag() + "-" + checksum(key == null ? request.getRequestURI() : key.toString()) + "\"";
        Instant lastModified = snapshot.lastModified();
        if (notModified(request, etag, lastModified)) {
            SecurityHeaders.writeTo(response);
            writeValidators(response, etag, lastModified);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        forgetOlderThan(snapshot);
        var cache = key == null || !properties.enabled() ? null : key.searches() ? searches : pages;
        var stored = cache == null ? null : cache.getIfPresent(key.toString());
        if (stored != null && stored.tag().equals(etag)) {
            serve(stored, request, response, lastModified);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
        var capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        if (capture.getStatus() == HttpServletResponse.SC_OK && !capture.isCommitted()) {
            writeValidators(capture, etag, lastModified);
            var session = request.getSession(false);
            if (cache != null && "GET".equals(request.getMethod()) && capture.getHeader(HttpHeaders.SET_COOKIE) == null
                    && session == null) {
                cache.put(key.toString(), RenderedPage.of(etag, capture.getContentType(), replayed(capture),
                        capture.getContentAsByteArray()));
            }
        }
        capture.copyBodyToResponse();
    }

    /** A new content version makes every stored page useless: free the memory at once. */
    private void forgetOlderThan(ContentVersion.Snapshot snapshot) {
        String tag = snapshot.tag();
        if (!tag.equals(currentTag)) {
            currentTag = tag;
            pages.invalidateAll();
            searches.invalidateAll();
        }
    }

    private void writeValidators(HttpServletResponse response, String etag, Instant lastModified) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, publicCacheControl);
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified.toEpochMilli());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }

    /** Writes a stored page; without {@code lastModified} it is a stale copy served while the database is away. */
    private void serve(RenderedPage page, HttpServletRequest request, HttpServletResponse response, Instant lastModified)
            throws IOException {
        page.headers().forEach(response::setHeader);
        if (lastModified != null) {
            writeValidators(response, page.tag(), lastModified);
            response.setHeader("X-Page-Cache", "hit");
        } else {
            response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
            response.setHeader("X-Page-Cache", "stale");
        }
        response.setContentType(page.contentType());
        boolean gzip = acceptsGzip(request);
        byte[] body = gzip ? page.gzip() : page.plain();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /**
     * Every header the page left with (Spring Security's among them, so a stored page carries the
     * same security headers), except those that belong to one response.
     */
    private static Map<String, String> replayed(HttpServletResponse response) {
        var headers = new LinkedHashMap<String, String>();
        for (String name : response.getHeaderNames()) {
            if (!PER_RESPONSE.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, String.join(", ", response.getHeaders(name)));
            }
        }
        return headers;
    }

    private static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || weak(tag).equals(weak(etag))) {
                    return true;
                }
            }
            return false;
        }
        long since = dateHeader(request, HttpHeaders.IF_MODIFIED_SINCE);
        return since >= 0 && lastModified.toEpochMilli() / 1000 <= since / 1000;
    }

    private static long dateHeader(HttpServletRequest request, String name) {
        try {
            return request.getDateHeader(name);
        } catch (IllegalArgumentException unreadable) {
            return -1;
        }
    }

    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && accepted.toLowerCase().contains("gzip");
    }

    /**
     * Staff always carry a session; a visitor carries one only after a form. Either way the page goes
     * through the whole chain and stays private: nothing about who is asking is ever stored.
     */
    private static boolean mayBeSignedIn(HttpServletRequest request) {
        return request.getRequestedSessionId() != null || request.getSession(false) != null;
    }

    private Route route(HttpServletRequest request) {
        var path = PathContainer.parsePath(request.getRequestURI());
        for (Route route : routes) {
            if (route.pattern().matches(path)) {
                return route;
            }
        }
        return null;
    }

    /** The request's page, or null when it carries a parameter the page does not know (or one twice). */
    private static Key key(HttpServletRequest request, Route route) {
        var query = new TreeMap<String, String>();
        for (var parameter : request.getParameterMap().entrySet()) {
            if (!route.page().parameters().contains(parameter.getKey()) || parameter.getValue().length != 1) {
                return null;
            }
            query.put(parameter.getKey(), parameter.getValue()[0]);
        }
        var canonical = new StringBuilder();
        query.forEach((name, value) -> canonical.append(canonical.isEmpty() ? "" : "&").append(name).append('=').append(value));
        return new Key(request.getRequestURI(), canonical.toString(), route.page().searches());
    }

    private static String checksum(String text) {
        var crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
