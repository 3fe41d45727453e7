package io.newsroom.site;

import java.util.List;

import io.newsroom.web.AccessRules;

import org.springframework.stereotype.Component;

/** The site's style sheets, scripts, fonts and icons are the same for everyone. */
@Component
class SiteAccessRules implements AccessRules {

    @Override
    public List<String> publicFiles() {
        return List.of("/assets/**", "/favicon.ico");
    }
}
