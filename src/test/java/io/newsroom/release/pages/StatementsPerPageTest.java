package io.newsroom.release.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import io.newsroom.IntegrationTest;
import io.newsroom.StatementCounter;
import io.newsroom.TestClockConfiguration;
import io.newsroom.release.model.ReleaseFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Pages cost a fixed number of SQL statements, however many releases they show: no N+1. */
@IntegrationTest
class StatementsPerPageTest {

    private static final Instant NOW = TestClockConfiguration.START;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReleaseFixtures fixtures;


    @BeforeEach
    void twelveReleasesInSeveralCategories() {
        fixtures.clear();
        String[] categories = {"news", "mou", "award", "product"};
        for (int i = 1; i <= 12; i++) {
            fixtures.published("release-" + i, "Release " + i, categories[i % categories.length],
                    NOW.minus(Duration.ofDays(i)));
        }
        // the site settings are cached for all pages; count what a page itself costs
        mvc.get().uri("/").exchange();
    }

    @Test
    void listPageRunsOneStatementOnceTheCountsOfThisContentVersionAreKnown() {
        // "/" (run before each test) counted the releases and listed the categories and years:
        // the same list at /news only fetches its ten releases
        assertThat(statementsFor("/news")).isEqualTo(1);
        assertThat(statementsFor("/news?page=2")).isEqualTo(1);
        // a filter not seen yet in this version: its releases, and its total unless the first page holds them all
        assertThat(statementsFor("/news?category=mou")).isLessThanOrEqualTo(2);
    }

    @Test
    void aChangeMakesTheListCountAgain() {
        fixtures.published("release-13", "Release 13", "news", NOW.minus(Duration.ofHours(1)));
        // releases, their count, the categories, the first and latest publication dates, and the
        // site settings (kept per content version too)
        assertThat(statementsFor("/news")).isEqualTo(5);
    }

    @Test
    void releasePageRunsThreeStatements() {
        // the release with its category, the previous one, the next one
        assertThat(statementsFor("/news/release-5")).isEqualTo(3);
    }

    private long statementsFor(String uri) {
        StatementCounter.reset();
        assertThat(mvc.get().uri(uri).exchange()).hasStatusOk();
        return StatementCounter.count();
    }
}
