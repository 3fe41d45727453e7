package io.newsroom.settings;

import java.util.List;

import io.newsroom.web.AccessRules;

import org.springframework.stereotype.Component;

/** The site's settings are for ADMINs. */
@Component
class SettingsAccessRules implements AccessRules {

    @Override
    public List<String> adminOnly() {
        return List.of("/admin/settings/**");
    }
}
