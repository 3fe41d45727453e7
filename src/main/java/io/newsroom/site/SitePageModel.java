package io.newsroom.site;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.newsroom.settings.Languages;
import io.newsroom.settings.SettingsLookup;
import io.newsroom.web.PageModel;
import io.newsroom.web.RequestLanguage;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UrlPathHelper;

/** Gives every page, error pages included, what the layout shows: company, contact, language. */
@Component
class SitePageModel implements PageModel {

    private final SettingsLookup settings;
    private final Languages languages;
    private final MessageSource messages;

    SitePageModel(SettingsLookup settings, Languages languages, MessageSource messages) {
        this.settings = settings;
        this.languages = languages;
        this.messages = messages;
    }

    @Override
    public void addTo(HttpServletRequest request, Locale locale, Map<String, Object> model) {
        var site = settings.current();
        model.putIfAbsent("site", site);
        model.putIfAbsent("defaultLanguage", languages.defaultLanguage().toLanguageTag());
        // what public addresses of this page's language start with: "" or "/ko"
        model.putIfAbsent("lp", languages.prefix(locale));
        String query = request.getQueryString();
        if (!model.containsKey("languageLinks")) {
            // this page in every language, for the switcher and hreflang links; a page whose
            // translations differ (a release) gives the translations that are public instead
            String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
            model.put("languageLinks", languages.all().stream().map(language -> LanguageLink.of(language,
                    languages.path(language, path) + (query == null ? "" : "?" + query), site,
                    language.equals(locale), messages)).toList());
        }
        if (!model.containsKey("pageUrl")) {
            // this page's own address, absolute, for the canonical link and link previews
            String path = request.getAttribute(RequestLanguage.ORIGINAL_URI) instanceof String asked ? asked
                    : UrlPathHelper.defaultInstance.getPathWithinApplication(request);
            model.put("pageUrl", site.absolute(query == null ? path : path + "?" + query));
        }
    }
}
