package io.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.newsroom.release.model.ReleaseFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An instance told to stop (SIGTERM closes the context the same way) takes no new request but
 * finishes the one in flight: here a release page held up by a locked table, answered in full once
 * the lock goes, while the instance is already shutting down.
 */
@IntegrationTest
class GracefulShutdownTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    MutableClock clock;

    @Test
    void finishesTheRequestInFlightAndTakesNoNewOne() throws Exception {
        clock.set(TestClockConfiguration.START);
        fixtures.published("in-flight", "Answered while shutting down", TestClockConfiguration.START.minus(Duration.ofDays(1)));
        var instance = OtherInstance.start(dataSource, "--newsroom.page-cache.enabled=false");
        int port = OtherInstance.port(instance);
        try (Connection locker = dataSource.getConnection()) {
            assumeTrue(locker.getMetaData().getDatabaseProductName().equals("PostgreSQL"),
                    "holding a request up needs PostgreSQL's table lock; CI runs this on PostgreSQL");
            locker.setAutoCommit(false);
            try (var statement = locker.createStatement()) {
                statement.execute("set local lock_timeout = 0");
                statement.execute("lock table press_release in access exclusive mode");
            }
            var inFlight = CompletableFuture.supplyAsync(() -> RawHttp.get(port, "/news/in-flight"));
            // the other instance is a server of its own: polled until its request waits on the lock
            await().atMost(Duration.ofSeconds(10)).until(() -> waitingOnALock(locker) > 0);
            assertThat(inFlight).as("held up by the lock").isNotDone();

            var stopping = CompletableFuture.runAsync(instance::close);
            // polled: the other instance closes its port on a thread of its own
            await().atMost(Duration.ofSeconds(10)).until(() -> refuses(port));
            assertThatThrownBy(() -> RawHttp.get(port, "/privacy")).as("no new request once stopping")
                    .isInstanceOf(UncheckedIOException.class);
            assertThat(inFlight).as("still held up by the lock").isNotDone();

            locker.rollback();
            var answer = inFlight.get(10, TimeUnit.SECONDS);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).contains("Answered while shutting down").contains("</html>");
            stopping.get(20, TimeUnit.SECONDS);
        } finally {
            instance.close();
        }
    }

    /** Sessions other than this one that wait for a lock. */
    private static int waitingOnALock(Connection locker) throws SQLException {
        try (var statement = locker.prepareStatement("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                + " and pid <> pg_backend_pid()"); var rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static boolean refuses(int port) {
        try {
            RawHttp.get(port, "/privacy");
            return false;
        } catch (UncheckedIOException refused) {
            return true;
        }
    }
}
