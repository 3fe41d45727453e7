package io.newsroom.settings;

import java.util.List;

import io.newsroom.web.AdminPages;

import org.springframework.stereotype.Component;

/** The site's settings are for ADMINs. */
@Component
class SettingsAdminPages implements AdminPages {

    @Override
    public List<String> adminOnly() {
        return List.of("/admin/settings/**");
    }
}
