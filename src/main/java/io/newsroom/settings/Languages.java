package io.newsroom.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The languages the newsroom speaks ({@code newsroom.languages}, default {@code en,ko}). The
 * default language ({@code newsroom.language}) has the plain addresses ({@code /news/…}); every
 * other language has its code in front ({@code /ko/news/…}).
 *
 * @param languages every language, the default among them
 * @param fallback  the default language, from {@code newsroom.language}
 */
@ConfigurationProperties("newsroom")
public record Languages(@DefaultValue({"en", "ko"}) List<Locale> languages,
                        @DefaultValue("en") Locale language) {

    public Languages {
        languages = languages.stream().map(l -> Locale.forLanguageTag(l.toLanguageTag())).distinct().toList();
        if (!languages.contains(language)) {
            throw new IllegalArgumentException("newsroom.language (" + language.toLanguageTag()
                    + ") must be one of newsroom.languages " + languages);
        }
    }

    public List<Locale> all() {
        return languages;
    }

    public Locale defaultLanguage() {
        return language;
    }

    public boolean isDefault(Locale locale) {
        return language.equals(locale);
    }

    /** A configured language by its code in an address or a form, e.g. {@code ko}. */
    public Optional<Locale> byCode(String code) {
        return languages.stream().filter(l -> l.toLanguageTag().equalsIgnoreCase(code)).findFirst();
    }

    /** What a public address of this language starts with: nothing for the default, else {@code /ko}. */
    public String prefix(Locale locale) {
        return isDefault(locale) ? "" : "/" + locale.toLanguageTag();
    }

    /** A path of this language: {@code /news/x} becomes {@code /ko/news/x}; {@code /} becomes {@code /ko/}. */
    public String path(Locale locale, String path) {
        return prefix(locale) + path;
    }

    /** The public address of a release of the given language ({@code ko}): {@code /ko/news/slug}. */
    public String releasePath(String languageTag, String slug) {
        return prefix(Locale.forLanguageTag(languageTag)) + "/news/" + slug;
    }

    /** The language's own name, as its speakers write it: English, 한국어. */
    public static String nativeName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.toLanguageTag() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
