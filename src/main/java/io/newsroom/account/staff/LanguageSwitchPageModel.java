package io.newsroom.account.staff;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.newsroom.account.WorkingLanguages;
import io.newsroom.web.PageModel;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UrlPathHelper;

/** The admin header's language switch, on every admin page: the languages, and the page to come back to. */
@Component
class LanguageSwitchPageModel implements PageModel {

    private final WorkingLanguages languages;

    LanguageSwitchPageModel(WorkingLanguages languages) {
        this.languages = languages;
    }

    /** A language of the switch: its tag, its own name, and whether the page is in it. */
    record Choice(String code, String name, boolean current) {
    }

    @Override
    public void addTo(HttpServletRequest request, Locale locale, Map<String, Object> model) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        if (!path.startsWith("/admin")) {
            model.putIfAbsent("workingLanguages", List.of());
            return;
        }
        model.putIfAbsent("workingLanguages", languages.all().stream().map(language -> new Choice(
                language.toLanguageTag(), nameOf(language), language.getLanguage().equals(locale.getLanguage()))).toList());
        // the address of this admin page, for the switch to come back to
        model.putIfAbsent("adminPath", request.getQueryString() == null ? path : path + "?" + request.getQueryString());
    }

    static String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.toLanguageTag() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
