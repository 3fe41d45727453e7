package io.newsroom.site;

import jakarta.servlet.http.HttpServletRequest;

import io.newsroom.settings.Site;
import io.newsroom.settings.SiteSettings;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UrlPathHelper;

/** Gives every page, error pages included, what the layout shows: company, contact, language. */
@ControllerAdvice
class SiteModelAdvice {

    private final SiteSettings settings;

    SiteModelAdvice(SiteSettings settings) {
        this.settings = settings;
    }

    @ModelAttribute("site")
    Site site() {
        return settings.current();
    }

    /** This page's own address, absolute, for the canonical link and link previews. */
    @ModelAttribute("pageUrl")
    String pageUrl(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        String query = request.getQueryString();
        return settings.current().absolute(query == null ? path : path + "?" + query);
    }
}
