package io.newsroom.wordpress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.newsroom.release.ReleaseLookup;
import io.newsroom.settings.Languages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Old WordPress addresses of imported posts ({@code /2023/09/15/slug/}, {@code /?p=123}) answer
 * {@code 301} with the release's page, so links and search results keep working. Only addresses
 * shaped like WordPress's are looked up; every other request passes untouched.
 */
class LegacyLinkFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LegacyLinkFilter.class);
    private static final Pattern DATED = Pattern.compile("/\\d{4}/\\d{2}/.*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,12}");

    private final LegacyLinks links;
    private final ReleaseLookup releases;
    private final Languages languages;

    LegacyLinkFilter(LegacyLinks links, ReleaseLookup releases, Languages languages) {
        this.links = links;
        this.releases = releases;
        this.languages = languages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        if (key != null) {
            try {
                var target = links.releaseOf(key).flatMap(releases::findPublic);
                if (target.isPresent()) {
                    response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                    response.setHeader("Location", languages.releasePath(target.get().language(), target.get().slug()));
                    return;
                }
            } catch (DataAccessException e) {
                log.debug("Could not look up an old address: {}", e.getMessage());
            }
        }
        chain.doFilter(request, response);
    }

    /** The form an old address is kept in, or null when this request cannot be one. */
    static String key(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return null;
        }
        String path = request.getRequestURI();
        if (path.equals("/")) {
            String post = request.getParameter("p");
            return post != null && NUMBER.matcher(post).matches() ? "/?p=" + post : null;
        }
        if (!path.endsWith("/") && !DATED.matcher(path).matches()) {
            return null;
        }
        String decoded;
        try {
            decoded = UriUtils.decode(path, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return normalised(decoded);
    }

    /** Paths are kept decoded, in lower case, with the trailing slash WordPress gives them. */
    static String normalised(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith("/") ? lower : lower + "/";
    }
}
