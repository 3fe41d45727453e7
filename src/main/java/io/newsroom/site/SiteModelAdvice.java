package io.newsroom.site;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page, error pages included, what the layout shows: company, contact, language. */
@ControllerAdvice
class SiteModelAdvice {

    private final SiteProperties site;

    SiteModelAdvice(SiteProperties site) {
        this.site = site;
    }

    @ModelAttribute("site")
    SiteProperties site() {
        return site;
    }
}
