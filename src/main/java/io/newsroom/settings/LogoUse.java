package io.newsroom.settings;

import java.util.Collection;
import java.util.List;

import io.newsroom.media.ImageUses;

import org.springframework.stereotype.Component;

/** Tells the media library which image is the site's logo, from the settings every page reads anyway. */
@Component
class LogoUse implements ImageUses {

    private final SettingsLookup settings;

    LogoUse(SettingsLookup settings) {
        this.settings = settings;
    }

    @Override
    public List<Use> of(Collection<Long> mediaIds) {
        Long logo = settings.currentLogoId();
        return logo != null && mediaIds.contains(logo) ? List.of(new Use(logo, "admin.media.logo", null)) : List.of();
    }
}
