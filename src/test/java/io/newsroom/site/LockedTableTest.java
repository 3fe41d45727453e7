package io.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;

import javax.sql.DataSource;

import io.newsroom.IntegrationTest;
import io.newsroom.RawHttp;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Another session holds a lock on the releases for longer than any visitor should wait: pages
 * that need the releases answer 503 with {@code Retry-After} in the site's layout (the raw client
 * gives up after 10 s, where the pool alone used to wait 35 s), and pages that need nothing but
 * the settings are served as usual.
 */
@IntegrationTest
class LockedTableTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void givesEveryConnectionShortStatementAndLockTimeouts() throws Exception {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"),
                    "the timeouts are PostgreSQL settings; CI runs this on PostgreSQL");
            var statementTimeout = statement.executeQuery("show statement_timeout");
            statementTimeout.next();
            assertThat(statementTimeout.getString(1)).isEqualTo("5s");
            var lockTimeout = statement.executeQuery("show lock_timeout");
            lockTimeout.next();
            assertThat(lockTimeout.getString(1)).isEqualTo("2s");
        }
    }

    @Test
    void answersQuicklyWithServiceUnavailableWhileTheReleasesAreLocked() throws Exception {
        assertThat(RawHttp.get(port, "/privacy").status()).as("settings cached before the lock").isEqualTo(200);
        try (Connection locker = dataSource.getConnection()) {
            assumeTrue(locker.getMetaData().getDatabaseProductName().equals("PostgreSQL"),
                    "the embedded fallback has no lock_timeout to test; CI runs this on PostgreSQL");
            locker.setAutoCommit(false);
            try (var statement = locker.createStatement()) {
                statement.execute("set local lock_timeout = 0");
                statement.execute("lock table press_release in access exclusive mode");
            }
            try {
                for (String path : new String[] {"/", "/news/no-such-release", "/search?q=anatomy"}) {
                    var response = RawHttp.get(port, path);
                    assertThat(response.status()).as(path).isEqualTo(503);
                    assertThat(response.headers()).as(path).contains("Retry-After: 30");
                    assertThat(response.body()).as(path).contains("The newsroom is briefly unavailable", "MEDICAL IP")
                            .doesNotContain("Exception");
                }
                assertThat(RawHttp.get(port, "/privacy").status()).isEqualTo(200);
                assertThat(RawHttp.get(port, "/contact").status()).isEqualTo(200);
            } finally {
                locker.rollback();
            }
        }
        assertThat(RawHttp.get(port, "/").status()).as("back once the lock is gone").isEqualTo(200);
    }
}
