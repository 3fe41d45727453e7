package io.newsroom.wordpress;

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

    /** The release an old address leads to, whatever its state now. */
    Optional<Long> releaseOf(String path) {
        return jdbc.sql("select release_id from legacy_link where path = :path").param("path", path)
                .query(Long.class).optional();
    }
}
