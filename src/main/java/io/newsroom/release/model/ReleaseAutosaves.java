package io.newsroom.release.model;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The text the editor keeps while a member of staff types, apart from the release: an autosave
 * never publishes, never changes a public page and makes no revision. It is offered back when its
 * author opens the release again, until they save the release.
 */
@Service
public class ReleaseAutosaves {

    /** The longest title, summary and body an autosave keeps: the release's own limits. */
    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 600;

    private final JdbcClient jdbc;

    ReleaseAutosaves(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What was typed, and when it was kept. */
    /** @param baseVersion the release's version the text was written on; null for a new release */
    public record Autosave(String title, String summary, String body, Long baseVersion, Instant savedAt) {
    }

    /** Keeps the text, replacing this member of staff's earlier autosave of the same release. */
    @Transactional
    public void keep(long staffId, Long releaseId, Autosave text) {
        discard(staffId, releaseId);
        jdbc.sql("insert into release_autosave (staff_id, release_id, saved_at, title, summary, body, base_version)"
                        + " values (:staff, :release, :at, :title, :summary, :body, :version)")
                .param("staff", staffId).param("release", releaseId).param("at", Timestamp.from(text.savedAt()))
                .param("title", text.title()).param("summary", text.summary()).param("body", text.body())
                .param("version", text.baseVersion()).update();
    }

    /**
     * This member of staff's autosave of a release (null: the new release they are writing). Their
     * save of the release discards it; another's save does not, so nothing typed is lost, and the
     * base version makes saving it then a conflict to resolve, never a silent overwrite.
     */
    @Transactional(readOnly = true)
    public Optional<Autosave> find(long staffId, Long releaseId) {
        String sql = "select title, summary, body, base_version, saved_at from release_autosave where staff_id = :staff and "
                + (releaseId == null ? "release_id is null" : "release_id = :release") + " order by saved_at desc";
        var query = jdbc.sql(sql).param("staff", staffId);
        if (releaseId != null) {
            query = query.param("release", releaseId);
        }
        return query.query((row, n) -> new Autosave(row.getString(1), row.getString(2), row.getString(3),
                row.getObject(4) == null ? null : row.getLong(4), row.getTimestamp(5).toInstant()))
                .list().stream().findFirst();
    }

    @Transactional
    public void discard(long staffId, Long releaseId) {
        if (releaseId == null) {
            jdbc.sql("delete from release_autosave where staff_id = :staff and release_id is null")
                    .param("staff", staffId).update();
        } else {
            jdbc.sql("delete from release_autosave where staff_id = :staff and release_id = :release")
                    .param("staff", staffId).param("release", releaseId).update();
        }
    }
}
