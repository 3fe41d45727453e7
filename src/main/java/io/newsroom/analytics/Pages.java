package io.newsroom.analytics;

import java.net.URI;
import java.util.List;

import io.newsroom.settings.Languages;
import io.newsroom.web.PageFacts;

import org.springframework.stereotype.Component;

/**
 * Which public addresses are counted, and as what: the newsroom's list ({@code /}, {@code /news}),
 * a release's page, its PDF and media kit, an original image (for the release whose page links it),
 * and a search. Anything else (the admin, previews, feeds, assets) is not.
 */
@Component
class Pages {

    static final String SEARCH_RESULTS = PageFacts.SEARCH_RESULTS;

    /**
     * @param kind     view, pdf, kit, original or search
     * @param language the language of the address
     * @param slug     the release's address, "" for the newsroom's own pages
     */
    record Page(String kind, String language, String slug) {
    }

    /** Each language's address prefix ({@code /ko}) and tag, the default language's prefix being empty. */
    private record Prefix(String prefix, String tag) {
    }

    private final List<Prefix> prefixes;
    private final String defaultTag;

    Pages(Languages languages) {
        this.prefixes = languages.all().stream().filter(language -> !languages.prefix(language).isEmpty())
                .map(language -> new Prefix(languages.prefix(language), language.toLanguageTag())).toList();
        this.defaultTag = languages.defaultLanguage().toLanguageTag();
    }

    /** The counted page at this address (as asked, language prefix included), or null. */
    Page of(String uri, String referer) {
        if (uri.startsWith("/media/") && uri.contains("-original.")) {
            var from = referer == null ? null : pathOf(referer);
            var page = from == null ? null : of(from, null);
            return page != null && page.kind().equals("view") && !page.slug().isEmpty()
                    ? new Page("original", page.language(), page.slug()) : null;
        }
        String code = defaultTag;
        String path = uri;
        for (Prefix other : prefixes) {
            String prefix = other.prefix();
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                code = other.tag();
                path = path.length() == prefix.length() ? "/" : path.substring(prefix.length());
                break;
            }
        }
        if (path.equals("/") || path.equals("/news") || path.equals("/news/")) {
            return new Page("view", code, "");
        }
        if (path.equals("/search")) {
            return new Page("search", code, "");
        }
        if (!path.startsWith("/news/")) {
            return null;
        }
        String rest = path.substring("/news/".length());
        if (rest.endsWith("/media-kit.zip") && rest.indexOf('/') == rest.length() - "/media-kit.zip".length()) {
            return new Page("kit", code, rest.substring(0, rest.indexOf('/')));
        }
        if (rest.endsWith(".pdf") && rest.indexOf('/') < 0) {
            return new Page("pdf", code, rest.substring(0, rest.length() - 4));
        }
        return rest.isEmpty() || rest.indexOf('/') >= 0 || rest.indexOf('.') >= 0 ? null : new Page("view", code, rest);
    }

    private static String pathOf(String address) {
        try {
            return URI.create(address.strip()).getRawPath();
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
