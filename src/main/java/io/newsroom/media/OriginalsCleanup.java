package io.newsroom.media;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Takes location and personal metadata out of the originals uploaded before uploads were cleaned
 * ({@link OriginalMetadata}), once for the installation: the instance that claims the job in the
 * database does it, in the background after start-up, and records each cleaned file's new size (so
 * media kits are written anew). A claim not renewed for {@link #LEASE} is taken over by the next
 * instance that starts, which goes through the files again: cleaning a clean file changes nothing.
 */
@Component
class OriginalsCleanup {

    static final String JOB = "clean-original-metadata";
    static final Duration LEASE = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(OriginalsCleanup.class);

    private final JdbcClient jdbc;
    private final MediaStorage storage;
    private final MediaProperties properties;
    private final Clock clock;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    OriginalsCleanup(JdbcClient jdbc, MediaStorage storage, MediaProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.properties = properties;
        this.clock = clock;
    }

    /** What one run did. */
    record Outcome(int cleaned, int unchanged, int failed) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void startInTheBackground() {
        if (properties.keepMetadata()) {
            return; // kept on purpose; the job runs when that setting goes
        }
        var worker = new Thread(() -> {
            try {
                runIfClaimed();
            } catch (RuntimeException e) {
                log.warn("Cleaning the metadata of stored originals stopped; the next start tries again: {}", e.toString());
            }
        }, "originals-cleanup");
        worker.setDaemon(true);
        worker.start();
    }

    /** Runs the job if this instance claims it. @return what it did, or null when it was not this instance's to do */
    Outcome runIfClaimed() {
        if (!claim()) {
            return null;
        }
        int cleaned = 0;
        int unchanged = 0;
        int failed = 0;
        long after = 0;
        while (true) {
            var batch = jdbc.sql("select id, storage_key, original_type from media where original_type is not null"
                            + " and id > :after order by id limit 50")
                    .param("after", after)
                    .query((row, n) -> new Stored(row.getLong(1), row.getString(2), row.getString(3))).list();
            if (batch.isEmpty()) {
                break;
            }
            for (var stored : batch) {
                after = stored.id();
                try {
                    if (clean(stored)) {
                        cleaned++;
                    } else {
                        unchanged++;
                    }
                } catch (IOException | RuntimeException e) {
                    failed++;
                    log.warn("Could not clean the metadata of original {}: {}", stored.key(), e.toString());
                }
            }
            renewClaim();
        }
        var outcome = new Outcome(cleaned, unchanged, failed);
        jdbc.sql("update maintenance_job set finished_at = :now, outcome = :outcome where name = :job")
                .param("now", Timestamp.from(clock.instant())).param("outcome", outcome.toString()).param("job", JOB)
                .update();
        log.info("Originals cleaned of location and personal metadata: {}", outcome);
        return outcome;
    }

    private record Stored(long id, String key, String contentType) {
    }

    private boolean clean(Stored stored) throws IOException {
        var format = Arrays.stream(ImageFormat.values()).filter(f -> f.contentType().equals(stored.contentType()))
                .findFirst().orElseThrow();
        String name = Media.originalFileName(stored.key(), format);
        var found = storage.open(name);
        if (found.isEmpty()) {
            return false;
        }
        byte[] data;
        try (var in = found.get()) {
            data = in.readAllBytes();
        }
        byte[] cleaned = OriginalMetadata.clean(data, format);
        if (cleaned == data) {
            return false;
        }
        storage.put(name, cleaned);
        jdbc.sql("update media set original_size = :size where id = :id")
                .param("size", cleaned.length).param("id", stored.id()).update();
        return true;
    }

    private boolean claim() {
        var now = clock.instant();
        return jdbc.sql("update maintenance_job set claimed_by = :me, claimed_at = :now where name = :job"
                        + " and finished_at is null and (claimed_at is null or claimed_at < :expired)")
                .param("me", instance).param("now", Timestamp.from(now)).param("job", JOB)
                .param("expired", Timestamp.from(now.minus(LEASE))).update() == 1;
    }

    private void renewClaim() {
        jdbc.sql("update maintenance_job set claimed_at = :now where name = :job and claimed_by = :me")
                .param("now", Timestamp.from(clock.instant())).param("job", JOB).param("me", instance).update();
    }
}
