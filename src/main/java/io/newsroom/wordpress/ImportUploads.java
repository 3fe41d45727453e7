package io.newsroom.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Uploaded exports between their preview and their import, kept in the database so that any
 * instance can show the preview and run the import. They are written from the request's stream and
 * read back a megabyte at a time, so a 50 MB export never has to fit in memory at once.
 */
@Component
class ImportUploads {

    private static final int CHUNK = 1024 * 1024;
    /** An upload nobody imported is dropped after a day. */
    static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;
    private final JsonMapper json;

    ImportUploads(JdbcClient jdbc, JdbcTemplate template, Clock clock, JsonMapper json) {
        this.json = json;
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /** @param mediaEntries the names of the files in the media ZIP, read when it was uploaded */
    record Upload(long id, long staffId, String fileName, long exportSize, String mediaName, long mediaSize,
                  Instant createdAt, Instant importedAt, String report, List<String> mediaEntries) {

        boolean hasMedia() {
            return mediaName != null;
        }
    }

    long save(long staffId, String fileName, InputStream export, long exportSize, String mediaName, InputStream media,
              long mediaSize, List<String> mediaEntries) {
        var now = clock.instant();
        jdbc.sql("delete from wordpress_import where imported_at is null and created_at < :before")
                .param("before", Timestamp.from(now.minus(KEPT))).update();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into wordpress_import (staff_id, file_name, export, export_size, media_name, media_size,"
                        + " media_entries, created_at) values (:staff, :name, :empty, :size, :mediaName, :mediaSize,"
                        + " :entries, :now)")
                .param("staff", staffId).param("name", fileName).param("empty", new byte[0]).param("size", exportSize)
                .param("mediaName", mediaName).param("mediaSize", media == null ? null : mediaSize)
                .param("entries", media == null ? null : String.join("\n", mediaEntries))
                .param("now", Timestamp.from(now)).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        template.update("update wordpress_import set export = ? where id = ?", statement -> {
            statement.setBinaryStream(1, export, exportSize);
            statement.setLong(2, id);
        });
        if (media != null) {
            template.update("update wordpress_import set media = ? where id = ?", statement -> {
                statement.setBinaryStream(1, media, mediaSize);
                statement.setLong(2, id);
            });
        }
        return id;
    }

    /** An upload of this member of staff's (nobody else's). */
    Optional<Upload> find(long id, long staffId) {
        return jdbc.sql("select id, staff_id, file_name, export_size, media_name, media_size, created_at, imported_at,"
                        + " report, media_entries from wordpress_import where id = :id and staff_id = :staff")
                .param("id", id).param("staff", staffId)
                .query((row, n) -> new Upload(row.getLong(1), row.getLong(2), row.getString(3), row.getLong(4),
                        row.getString(5), row.getLong(6), row.getTimestamp(7).toInstant(),
                        row.getTimestamp(8) == null ? null : row.getTimestamp(8).toInstant(), row.getString(9),
                        row.getString(10) == null ? List.of() : List.of(row.getString(10).split("\n"))))
                .optional();
    }

    Report report(Upload upload) {
        return json.readValue(upload.report(), Report.class);
    }

    /** Drops an upload that could not be read. */
    void discard(long id) {
        jdbc.sql("delete from wordpress_import where id = :id").param("id", id).update();
    }

    InputStream export(Upload upload) {
        return new Chunks("export", upload.id(), upload.exportSize());
    }

    InputStream media(Upload upload) {
        return new Chunks("media", upload.id(), upload.mediaSize());
    }

    /** Keeps the report and lets the files go: they are not needed once imported. */
    void imported(long id, Report outcome) {
        String report = json.writeValueAsString(outcome);
        jdbc.sql("update wordpress_import set imported_at = :now, report = :report, export = :empty, media = null,"
                        + " export_size = 0, media_size = null where id = :id")
                .param("now", Timestamp.from(clock.instant())).param("report", report).param("empty", new byte[0])
                .param("id", id).update();
    }

    /** A stored file, read in chunks with {@code substring}, which PostgreSQL and H2 both offer for binary strings. */
    private final class Chunks extends InputStream {
        private final String column;
        private final long id;
        private final long size;
        private long position;
        private byte[] chunk = new byte[0];
        private int index;

        private Chunks(String column, long id, long size) {
            this.column = column;
            this.id = id;
            this.size = size;
        }

        @Override
        public int read() throws IOException {
            if (!fill()) {
                return -1;
            }
            return chunk[index++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, chunk.length - index);
            System.arraycopy(chunk, index, buffer, offset, n);
            index += n;
            return n;
        }

        private boolean fill() {
            if (index < chunk.length) {
                return true;
            }
            if (position >= size) {
                return false;
            }
            // SQL counts from 1
            chunk = template.queryForObject("select substring(" + column + " from ? for ?) from wordpress_import where id = ?",
                    byte[].class, (int) position + 1, CHUNK, id);
            index = 0;
            if (chunk == null || chunk.length == 0) {
                position = size;
                return false;
            }
            position += chunk.length;
            return true;
        }
    }
}
