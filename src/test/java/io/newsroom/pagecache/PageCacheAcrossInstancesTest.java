package io.newsroom.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import javax.sql.DataSource;

import io.newsroom.HttpUser;
import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.OtherInstance;
import io.newsroom.TestClockConfiguration;
import io.newsroom.release.model.ReleaseFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances on one database, the second with the shipped check interval: a release published
 * through the first, and settings saved there, show on the second's cached home page within two seconds.
 */
@IntegrationTest
class PageCacheAcrossInstancesTest {

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anotherInstanceShowsAPublishedReleaseWithinTwoSeconds() {
        clock.set(TestClockConfiguration.START);
        fixtures.clear();
        fixtures.published("first-mou", "First MOU signed", TestClockConfiguration.START.minus(Duration.ofDays(2)));

        try (var other = OtherInstance.start(dataSource)) {
            assertThat(other.getEnvironment().getProperty("newsroom.page-cache.check-interval")).isEqualTo("PT1S");
            var visitor = new HttpUser(OtherInstance.port(other));
            visitor.get("/");
            assertThat(visitor.get("/").html().text()).contains("First MOU signed").doesNotContain("Second MOU");

            fixtures.published("second-mou", "Second MOU signed", TestClockConfiguration.START.minus(Duration.ofHours(1)));
            long published = System.nanoTime();

            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                    .until(() -> visitor.get("/").html().text().contains("Second MOU signed"));
            assertThat(Duration.ofNanos(System.nanoTime() - published)).isLessThan(Duration.ofSeconds(2));

            // settings saved elsewhere: the other instance's pages and its own settings move together
            assertThat(visitor.get("/").html().text()).doesNotContain("Renamed Imaging Co");
            jdbc.update("delete from site_settings");
            jdbc.update("insert into site_settings (id, company_name, boilerplate, media_contact_name, media_contact_email,"
                    + " pr_team_emails, time_zone, updated_at, version) values (1, 'Renamed Imaging Co', 'About us.',"
                    + " 'PR', 'pr@renamed.example', 'pr@renamed.example', 'Asia/Seoul', now(), 0)");
            long saved = System.nanoTime();
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                    .until(() -> visitor.get("/").html().text().contains("Renamed Imaging Co"));
            assertThat(Duration.ofNanos(System.nanoTime() - saved)).isLessThan(Duration.ofSeconds(2));
        } finally {
            jdbc.update("delete from site_settings");
        }
    }
}
