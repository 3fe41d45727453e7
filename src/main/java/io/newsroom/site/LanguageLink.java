package io.newsroom.site;

import java.util.Locale;

import io.newsroom.settings.Languages;
import io.newsroom.settings.Settings;

import org.springframework.context.MessageSource;

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

    /** The page at {@code href} in {@code language}, with its offer said in that language. */
    public static LanguageLink of(Locale language, String href, Settings site, boolean current, MessageSource messages) {
        String name = Languages.nativeName(language);
        return new LanguageLink(language.toLanguageTag(), name, href, site.absolute(href), current,
                messages.getMessage("layout.language.offer", new Object[] {name}, language));
    }
}
