package io.newsroom.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.newsroom.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Originals stored before uploads were cleaned lose their location and personal metadata once, by
 * one instance, however many start at the same time; their recorded size follows, so media kits are
 * written anew.
 */
@IntegrationTest
class OriginalsCleanupTest {

    @Autowired
    MediaLibrary library;

    @Autowired
    MediaStorage storage;

    @Autowired
    OriginalsCleanup cleanup;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void cleansTheOriginalsStoredBeforeOnceWhoeverClaimsTheJob() throws Exception {
        var image = library.store("old-upload.jpg", TestImages.jpeg(640, 400), "test");
        String name = image.original().url().substring("/media/".length());
        byte[] dirty = OriginalMetadataTest.cameraJpeg();
        storage.put(name, dirty); // as an earlier version kept it
        jdbc.update("update maintenance_job set claimed_by = null, claimed_at = null, finished_at = null where name = ?",
                OriginalsCleanup.JOB);

        // two instances starting at once: one claims the job, the other finds it taken
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        var runs = new ArrayList<Future<OriginalsCleanup.Outcome>>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return cleanup.runIfClaimed();
            }));
        }
        start.countDown();
        var outcomes = new ArrayList<OriginalsCleanup.Outcome>();
        for (var run : runs) {
            outcomes.add(run.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(outcomes).containsOnlyOnce((OriginalsCleanup.Outcome) null);
        var done = outcomes.stream().filter(o -> o != null).findFirst().orElseThrow();
        assertThat(done.cleaned()).isGreaterThanOrEqualTo(1);
        assertThat(done.failed()).isZero();
        byte[] cleaned = library.readStored(name, 10_000_000).orElseThrow();
        assertThat(OriginalMetadataTest.exifOf(cleaned).getExif().getGpsInfo()).isNull();
        assertThat(jdbc.queryForObject("select original_size from media where id = ?", Long.class, image.id()))
                .isEqualTo(cleaned.length);
        assertThat(jdbc.queryForObject("select finished_at is not null from maintenance_job where name = ?", Boolean.class,
                OriginalsCleanup.JOB)).isTrue();
        assertThat(cleanup.runIfClaimed()).as("done once, for good").isNull();
    }
}
