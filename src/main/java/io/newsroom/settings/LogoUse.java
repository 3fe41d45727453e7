package io.newsroom.settings;

import java.util.Collection;
import java.util.List;

import io.newsroom.media.ImageUses;

import org.springframework.stereotype.Component;

/** Tells the media library which image is the site's logo. */
@Component
class LogoUse implements ImageUses {

    private final SettingsRows rows;

    LogoUse(SettingsRows rows) {
        this.rows = rows;
    }

    @Override
    public List<Use> of(Collection<Long> mediaIds) {
        return rows.findById(SettingsRow.ID).map(SettingsRow::getLogoMediaId).filter(mediaIds::contains)
                .map(logo -> List.of(new Use(logo, "admin.media.logo", null))).orElse(List.of());
    }
}
