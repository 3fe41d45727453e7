package io.newsroom.web;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Where a public request's language, read from its address, is kept while the request is served. */
public final class RequestLanguage {

    /** The language (a {@link java.util.Locale}) of a request whose address carried one. */
    public static final String ATTRIBUTE = "io.newsroom.language";

    /** The address as asked, language prefix included: caches key on it. */
    public static final String ORIGINAL_URI = "io.newsroom.language.uri";

    /** What the current request's public addresses start with: {@code /ko}, or nothing for the default language. */
    public static final String PREFIX = "io.newsroom.language.prefix";

    /** The language (a {@link java.util.Locale}) the signed-in member of staff chose to work in, on an admin request. */
    public static final String STAFF = "io.newsroom.language.staff";

    private RequestLanguage() {
    }

    /**
     * Shows the current request's page in this language (a preview of a release in another
     * language than the address says): its texts, dates and {@code <html lang>}.
     */
    public static void use(java.util.Locale language) {
        var attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(ATTRIBUTE, language, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The current request's language prefix ({@code /ko}), or nothing outside a prefixed request. */
    public static String prefix() {
        var attributes = RequestContextHolder.getRequestAttributes();
        return attributes != null && attributes.getAttribute(PREFIX, RequestAttributes.SCOPE_REQUEST) instanceof String prefix
                ? prefix : "";
    }
}
