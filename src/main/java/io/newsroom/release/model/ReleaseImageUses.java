package io.newsroom.release.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.newsroom.account.Staff;
import io.newsroom.media.ImageUses;
import io.newsroom.settings.SettingsLookup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the media library which releases show an image, and keeps an editor from changing what a
 * public release says about its images while review before publishing is on (captions, credits and
 * text alternatives are public text like the body).
 */
@Component
class ReleaseImageUses implements ImageUses {

    private final JdbcClient jdbc;
    private final SettingsLookup settings;

    ReleaseImageUses(JdbcClient jdbc, SettingsLookup settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public List<Use> of(Collection<Long> mediaIds) {
        return jdbc.sql("select hero_media_id, id, title from press_release where hero_media_id in (:ids) order by id")
                .param("ids", mediaIds)
                .query((rs, row) -> new Use(rs.getLong(1), rs.getString(3), "/admin/releases/" + rs.getLong(2)))
                .list();
    }

    @Override
    public Optional<String> refusesDescribing(long mediaId, String storageKey, Staff staff) {
        if (!settings.current().review().required() || staff.isReviewer()) {
            return Optional.empty();
        }
        // public or due to be: above the text, or inside it by its address
        boolean shown = jdbc.sql("select count(*) from press_release where status in ('PUBLISHED', 'SCHEDULED')"
                        + " and (hero_media_id = :id or body like :address)")
                .param("id", mediaId).param("address", "%/media/" + storageKey + "-%")
                .query(Long.class).single() > 0;
        return shown ? Optional.of("media.description.needs-reviewer") : Optional.empty();
    }
}
