package io.newsroom.account.staff;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import io.newsroom.account.WorkingLanguages;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UrlPathHelper;

/** The admin header's language switch, on every admin page: the languages, and the page to come back to. */
@ControllerAdvice
class LanguageSwitchAdvice {

    private final WorkingLanguages languages;

    LanguageSwitchAdvice(WorkingLanguages languages) {
        this.languages = languages;
    }

    /** A language of the switch: its tag, its own name, and whether the page is in it. */
    record Choice(String code, String name, boolean current) {
    }

    @ModelAttribute("workingLanguages")
    List<Choice> workingLanguages(HttpServletRequest request, Locale locale) {
        if (!path(request).startsWith("/admin")) {
            return List.of();
        }
        return languages.all().stream().map(language -> new Choice(language.toLanguageTag(), nameOf(language),
                language.getLanguage().equals(locale.getLanguage()))).toList();
    }

    /** The address of an admin page, for the switch to come back to; nothing on the public pages. */
    @ModelAttribute("adminPath")
    String adminPath(HttpServletRequest request) {
        String path = path(request);
        if (!path.startsWith("/admin")) {
            return null;
        }
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    static String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.toLanguageTag() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    private static String path(HttpServletRequest request) {
        return UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    }
}
