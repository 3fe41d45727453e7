package io.newsroom.release.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.newsroom.NewsroomTest;
import io.newsroom.TestClockConfiguration;
import io.newsroom.release.model.ReleaseDesk;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduler runs on every instance: while one instance's job is recording a due release, the
 * job of another skips it instead of waiting for it or failing, and the release is recorded (and
 * its alerts made) once.
 */
class ReleaseSchedulerTest extends NewsroomTest {

    @Autowired
    ReleaseDesk desk;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SchedulerMetrics metrics;

    @BeforeEach
    void dueRelease() {
        fixtures.scheduled("due-now", "Due now", TestClockConfiguration.START.plus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(3));
    }

    @Test
    void anotherInstancesJobSkipsTheReleaseOneIsRecordingAndItIsRecordedOnce() throws Exception {
        long lastAudit = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        var inTheMiddle = new CountDownLatch(1);
        var finish = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            int recorded = desk.publishDue();
            inTheMiddle.countDown();
            await(finish);
            return recorded;
        }));
        assertThat(inTheMiddle.await(10, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        int second = desk.publishDue();

        assertThat(second).as("the other job found nothing it could take").isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("without waiting for the lock")
                .isLessThan(Duration.ofSeconds(1));
        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from press_release where slug = 'due-now'", String.class))
                .isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'release.published'"
                + " and target = 'Due now' and id > ?", Long.class, lastAudit)).isEqualTo(1);
        assertThat(desk.publishDue()).isZero();
    }

    @Test
    void reportsHowLongADueReleaseHasWaitedForTheScheduler() {
        assertThat(metrics.lagSeconds()).isEqualTo(120.0);

        desk.publishDue();

        assertThat(metrics.lagSeconds()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
