package io.newsroom.site;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import io.newsroom.settings.Languages;
import io.newsroom.settings.Settings;
import io.newsroom.settings.SettingsLookup;
import io.newsroom.web.RequestLanguage;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UrlPathHelper;

/** Gives every page, error pages included, what the layout shows: company, contact, language. */
@ControllerAdvice
class SiteModelAdvice {

    private final SettingsLookup settings;
    private final Languages languages;
    private final MessageSource messages;

    SiteModelAdvice(SettingsLookup settings, Languages languages, MessageSource messages) {
        this.settings = settings;
        this.languages = languages;
        this.messages = messages;
    }

    @ModelAttribute("defaultLanguage")
    String defaultLanguage() {
        return languages.defaultLanguage().toLanguageTag();
    }

    /** What public addresses of this page's language start with: {@code ""} or {@code /ko}. */
    @ModelAttribute("lp")
    String languagePrefix(Locale locale) {
        return languages.prefix(locale);
    }

    /**
     * This page in every language, for the switcher and hreflang links. A page whose translations
     * differ (a release) replaces it with the translations that are public.
     */
    @ModelAttribute("languageLinks")
    List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        String query = request.getQueryString();
        var site = settings.current();
        return languages.all().stream().map(language -> {
            String href = languages.path(language, path) + (query == null ? "" : "?" + query);
            return LanguageLink.of(language, href, site, language.equals(locale), messages);
        }).toList();
    }

    @ModelAttribute("site")
    Settings site() {
        return settings.current();
    }

    /** This page's own address, absolute, for the canonical link and link previews. */
    @ModelAttribute("pageUrl")
    String pageUrl(HttpServletRequest request) {
        String path = request.getAttribute(RequestLanguage.ORIGINAL_URI) instanceof String asked ? asked
                : UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        String query = request.getQueryString();
        return settings.current().absolute(query == null ? path : path + "?" + query);
    }
}
