package io.newsroom.pagecache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
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

import io.newsroom.web.RequestLanguage;
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
 * Runs before Spring Security so that a stored page costs little more than a static file; a stored
 * page carries again the headers its first response had, Spring Security's among them.
 */
class PublicPageFilter extends OncePerRequestFilter {

    static final String PRIVATE = "private, no-store";

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.US).withZone(ZoneOffset.UTC);

    private static final Set<String> PER_RESPONSE = Set.of("set-cookie", "date", "content-length", "content-type",
            "transfer-encoding", "content-encoding", "cache-control", "etag", "last-modified", "vary", "x-page-cache",
            // CORS answers the Origin of each request (the CORS filter, which runs first, writes them every time)
            "access-control-allow-origin", "access-control-allow-credentials", "access-control-expose-headers");

    private record Route(PathPattern pattern, CacheablePages.Page page) {
    }

    /** A request's page: its path and the parameters that change it, in one canonical string. */
    private record Key(String value, boolean searches) {
    }

    private final Map<String, Route> exactRoutes = new HashMap<>();
    private final List<Route> patternRoutes = new ArrayList<>();
    private final ContentVersion versions;
    private final PageCaches caches;
    private final PageCacheProperties properties;
    private final String publicCacheControl;
    /** The name of the session cookie: a request carrying one may belong to a member of staff. */
    private final String sessionCookie;
    private volatile String currentTag;
    /** The Last-Modified of the current content version, formatted once rather than for every page. */
    private volatile FormattedDate lastModified;

    private record FormattedDate(Instant instant, String text) {
    }

    PublicPageFilter(List<CacheablePages> declared, ContentVersion versions, PageCaches caches,
                     PageCacheProperties properties, String sessionCookie) {
        this.sessionCookie = sessionCookie;
        var parser = new PathPatternParser();
        declared.stream().flatMap(d -> d.pages().stream()).forEach(page -> {
            var route = new Route(parser.parse(page.pattern()), page);
            if (route.pattern().hasPatternSyntax()) {
                patternRoutes.add(route);
            } else {
                exactRoutes.put(page.pattern(), route);
            }
        });
        this.versions = versions;
        this.caches = caches;
        this.properties = properties;
        this.publicCacheControl = "public, max-age=" + properties.maxAge().toSeconds()
                + ", stale-while-revalidate=" + properties.staleWhileRevalidate().toSeconds();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        var route = "GET".equals(method) || "HEAD".equals(method) ? route(request) : null;
        if (route == null || mayBeSignedIn(request)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
            chain.doFilter(request, response);
            return;
        }
        Key key = key(request, route);
        var cache = key == null || !properties.enabled() ? null : caches.of(key.searches());
        ContentVersion.Snapshot snapshot;
        try {
            snapshot = versions.current();
        } catch (DataAccessException unavailable) {
            // the database is away: a page already in memory is better than a 503, but no one else may keep it
            var stale = cache == null ? null : cache.getIfPresent(key.value());
            if (stale != null) {
                serve(stale, request, response, false);
            } else {
                response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
                chain.doFilter(request, response);
            }
            return;
        }
        forgetOlderThan(snapshot);
        var stored = cache == null ? null : cache.getIfPresent(key.value());
        if (stored != null && stored.versionTag().equals(snapshot.tag())) {
            if (notModified(request, stored.etag(), snapshot.lastModified(), true)) {
                notModified(response, stored.etag(), stored.lastModified());
            } else {
                serve(stored, request, response, true);
            }
            return;
        }
        String etag = "W/\"" + snapshot.tag() + "-" + checksum(key != null ? key.value()
                : request.getRequestURI() + "?" + request.getQueryString()) + "\"";
        String lastModified = lastModified(snapshot);
        // "*" asks whether the page exists at all: only rendering it tells (it may be a 404 or a 410)
        if (notModified(request, etag, snapshot.lastModified(), false)) {
            notModified(response, etag, lastModified);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
        var capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        if (capture.getStatus() == HttpServletResponse.SC_OK && !capture.isCommitted()
                && "*".equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            capture.resetBuffer();
            notModified(capture, etag, lastModified);
            capture.copyBodyToResponse();
            return;
        }
        if (capture.getStatus() == HttpServletResponse.SC_OK && !capture.isCommitted()) {
            writeValidators(capture, etag, lastModified);
            if (cache != null && "GET".equals(method) && capture.getHeader(HttpHeaders.SET_COOKIE) == null
                    && request.getSession(false) == null) {
                store(cache, key, snapshot, etag, lastModified, capture);
            }
        }
        capture.copyBodyToResponse();
    }

    private String lastModified(ContentVersion.Snapshot snapshot) {
        var known = lastModified;
        Instant instant = snapshot.lastModified();
        if (known == null || !known.instant().equals(instant)) {
            known = new FormattedDate(instant, HTTP_DATE.format(instant));
            lastModified = known;
        }
        return known.text();
    }

    /** A new content version makes every stored page useless: free the memory at once. */
    private void forgetOlderThan(ContentVersion.Snapshot snapshot) {
        String tag = snapshot.tag();
        if (!tag.equals(currentTag)) {
            currentTag = tag;
            caches.invalidateAll();
        }
    }

    /**
     * Keeps every header the page left with (Spring Security's among them, so a stored page carries
     * the same security headers), except those that belong to one response.
     */
    private static void store(Cache<String, RenderedPage> cache, Key key, ContentVersion.Snapshot snapshot, String etag,
                              String lastModified, ContentCachingResponseWrapper response) {
        var names = new ArrayList<String>();
        var values = new ArrayList<String>();
        for (String name : response.getHeaderNames()) {
            if (!PER_RESPONSE.contains(name.toLowerCase(Locale.ROOT)) && !names.contains(name)) {
                names.add(name);
                values.add(String.join(", ", response.getHeaders(name)));
            }
        }
        cache.put(key.value(), RenderedPage.of(snapshot.tag(), etag, lastModified, response.getContentType(),
                names.toArray(String[]::new), values.toArray(String[]::new), response.getContentAsByteArray()));
    }

    private void writeValidators(HttpServletResponse response, String etag, String lastModified) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl(versions.untilNextDue()));
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.LAST_MODIFIED, lastModified);
        String vary = response.getHeader(HttpHeaders.VARY);
        response.setHeader(HttpHeaders.VARY, vary == null || vary.isBlank() ? HttpHeaders.ACCEPT_ENCODING
                : vary.contains(HttpHeaders.ACCEPT_ENCODING) ? vary : vary + ", " + HttpHeaders.ACCEPT_ENCODING);
    }

    private void notModified(HttpServletResponse response, String etag, String lastModified) {
        SecurityHeaders.writeTo(response);
        writeValidators(response, etag, lastModified);
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
    }

    /**
     * Public, for as long as the page may be kept: a shared cache keeps it for max-age and serves it
     * stale for up to stale-while-revalidate more, so both together never outlast the moment a
     * scheduled release appears or a public release ends.
     */
    private String cacheControl(Duration untilNextDue) {
        long maxAge = properties.maxAge().toSeconds();
        long stale = properties.staleWhileRevalidate().toSeconds();
        if (untilNextDue == null || untilNextDue.toSeconds() >= maxAge + stale) {
            return publicCacheControl;
        }
        long left = untilNextDue.toSeconds();
        long age = Math.min(maxAge, left);
        long revalidate = Math.min(stale, left - age);
        return "public, max-age=" + age + (revalidate > 0 ? ", stale-while-revalidate=" + revalidate : "");
    }

    /** Writes a stored page; a page that is not {@code fresh} is served only because the database is away. */
    private void serve(RenderedPage page, HttpServletRequest request, HttpServletResponse response, boolean fresh)
            throws IOException {
        String[] names = page.headerNames();
        String[] values = page.headerValues();
        for (int i = 0; i < names.length; i++) {
            response.setHeader(names[i], values[i]);
        }
        if (fresh) {
            writeValidators(response, page.etag(), page.lastModified());
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

    /** @param exists whether the page is known to exist, so that {@code If-None-Match: *} matches it */
    private static boolean notModified(HttpServletRequest request, String etag, Instant lastModified, boolean exists) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if ((exists && tag.equals("*")) || weak(tag).equals(weak(etag))) {
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
        return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
    }

    /**
     * Staff always carry a session; a visitor carries one only after a form. Either way the page goes
     * through the whole chain and stays private: nothing about who is asking is ever stored.
     */
    private boolean mayBeSignedIn(HttpServletRequest request) {
        if (request.getRequestedSessionId() != null || request.getSession(false) != null) {
            return true;
        }
        var cookies = request.getCookies();
        if (cookies != null) {
            for (var cookie : cookies) {
                if (sessionCookie.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private Route route(HttpServletRequest request) {
        String uri = request.getRequestURI();
        var exact = exactRoutes.get(uri);
        if (exact != null) {
            return exact;
        }
        var path = PathContainer.parsePath(uri);
        for (Route route : patternRoutes) {
            if (route.pattern().matches(path)) {
                return route;
            }
        }
        return null;
    }

    /** The request's page, or null when it carries a parameter the page does not know (or one twice). */
    private static Key key(HttpServletRequest request, Route route) {
        // a page's address in another language (/ko/news/x) is another page
        String uri = request.getAttribute(RequestLanguage.ORIGINAL_URI) instanceof String asked ? asked
                : request.getRequestURI();
        var parameters = request.getParameterMap();
        if (parameters.isEmpty()) {
            return new Key(uri, route.page().searches());
        }
        var query = new TreeMap<String, String>();
        for (var parameter : parameters.entrySet()) {
            if (!route.page().parameters().contains(parameter.getKey()) || parameter.getValue().length != 1) {
                return null;
            }
            query.put(parameter.getKey(), parameter.getValue()[0]);
        }
        var canonical = new StringBuilder(uri);
        query.forEach((name, value) -> canonical.append(canonical.length() == uri.length() ? '?' : '&')
                .append(name).append('=').append(value));
        return new Key(canonical.toString(), route.page().searches());
    }

    private static String checksum(String text) {
        var crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
