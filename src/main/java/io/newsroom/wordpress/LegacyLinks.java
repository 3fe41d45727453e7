package io.newsroom.wordpress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The addresses imported posts had on the old site, each leading to its release. */
@Component
class LegacyLinks {

    static final int MAX_PATH = 700;

    private final JdbcClient jdbc;

    LegacyLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers an old address (a path, or {@code /?p=123}); one already taken keeps its first release. */
    boolean add(String path, long releaseId) {
        if (path == null || path.isEmpty() || path.length() > MAX_PATH
                || jdbc.sql("select count(*) from legacy_link where path = :path").param("path", path)
                .query(Long.class).single() > 0) {
            return false;
        }
        jdbc.sql("insert into legacy_link (path, release_id) values (:path, :release)")
                .param("path", path).param("release", releaseId).update();
        return true;
    }

    /** The public release an old address leads to: its slug and language. */
    Optional<Target> find(String path, Instant now) {
        return jdbc.sql("select r.slug, r.language from legacy_link l join press_release r on r.id = l.release_id"
                        + " where l.path = :path and r.status in ('PUBLISHED', 'SCHEDULED') and r.published_at <= :now"
                        + " and (r.ends_at is null or r.ends_at > :now)")
                .param("path", path).param("now", Timestamp.from(now))
                .query((row, n) -> new Target(row.getString(1), row.getString(2))).optional();
    }

    record Target(String slug, String language) {
    }
}
