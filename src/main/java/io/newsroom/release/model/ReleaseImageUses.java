package io.newsroom.release.model;

import java.util.Collection;
import java.util.List;

import io.newsroom.media.ImageUses;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the media library which releases show an image. */
@Component
class ReleaseImageUses implements ImageUses {

    private final JdbcClient jdbc;

    ReleaseImageUses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Use> of(Collection<Long> mediaIds) {
        return jdbc.sql("select hero_media_id, id, title from press_release where hero_media_id in (:ids) order by id")
                .param("ids", mediaIds)
                .query((rs, row) -> new Use(rs.getLong(1), rs.getString(3), "/admin/releases/" + rs.getLong(2)))
                .list();
    }
}
