package io.newsroom.site;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import io.newsroom.settings.Languages;
import io.newsroom.web.RequestLanguage;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the language from the address: {@code /ko/news/x} is {@code /news/x} in Korean. The rest of
 * the application sees the address without the prefix and the language as the request's locale.
 * An address under a language code the newsroom does not speak finds nothing (404); the default language's
 * code in front ({@code /en/news/x}) leads permanently to the plain address. Staff pages, the API,
 * media and assets have no language in their address.
 */
class LanguageFilter extends OncePerRequestFilter {

    private static final Pattern CODE = Pattern.compile("/([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)(/.*)?");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> WITHOUT_LANGUAGE = Set.of("/admin", "/api", "/media", "/assets", "/actuator", "/error");

    private final Languages languages;

    LanguageFilter(Languages languages) {
        this.languages = languages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        var match = CODE.matcher(uri);
        if (!match.matches() || !ISO_LANGUAGES.contains(match.group(1).split("-")[0])) {
            chain.doFilter(request, response);
            return;
        }
        String rest = match.group(2) == null ? "/" : match.group(2);
        var language = languages.byCode(match.group(1));
        if (language.isEmpty() || WITHOUT_LANGUAGE.stream().anyMatch(p -> rest.equals(p) || rest.startsWith(p + "/"))) {
            // nothing lives there: the request goes on as asked, to the site's own 404 page
            chain.doFilter(request, response);
            return;
        }
        if (languages.isDefault(language.get())) {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            // one leading slash only: "/en//evil.example" must not become a redirect to another host
            response.setHeader("Location", rest.replaceFirst("^[/\\\\]+", "/") + (query == null ? "" : "?" + query));
            return;
        }
        request.setAttribute(RequestLanguage.ATTRIBUTE, language.get());
        request.setAttribute(RequestLanguage.ORIGINAL_URI, uri);
        request.setAttribute(RequestLanguage.PREFIX, languages.prefix(language.get()));
        chain.doFilter(new Unprefixed(request, rest), response);
    }

    /** The request as if made to the address without its language code. */
    private static final class Unprefixed extends HttpServletRequestWrapper {
        private final String path;

        Unprefixed(HttpServletRequest request, String path) {
            super(request);
            this.path = path;
        }

        @Override
        public String getRequestURI() {
            return getContextPath() + path;
        }

        @Override
        public String getServletPath() {
            return path;
        }

        @Override
        public StringBuffer getRequestURL() {
            var url = new StringBuffer(getScheme()).append("://").append(getServerName());
            int port = getServerPort();
            if (port > 0 && !(port == 80 && "http".equals(getScheme())) && !(port == 443 && "https".equals(getScheme()))) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }
    }
}
