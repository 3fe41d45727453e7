package io.newsroom.site;

/**
 * A page in one of the newsroom's languages: for the language switcher and the
 * {@code <link rel="alternate" hreflang>} of the page.
 *
 * @param code     the language tag, e.g. {@code ko}
 * @param name     the language's name in itself, e.g. 한국어
 * @param href     the page's address in that language
 * @param absolute the same, absolute
 * @param current  whether it is the page being shown
 * @param offer    "this page in Korean", in that language, for a reader whose browser prefers it
 */
public record LanguageLink(String code, String name, String href, String absolute, boolean current, String offer) {
}
