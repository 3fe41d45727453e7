package io.newsroom.release.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.newsroom.Html;
import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.TestClockConfiguration;
import io.newsroom.release.ReleaseFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class DemoContentTest {

    @Autowired
    DemoContent demo;

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void emptyNewsroom() {
        clock.set(TestClockConfiguration.START);
        fixtures.clear();
    }

    @Test
    void fillsAnEmptyNewsroomWithTheFourSeedReleasesAndAboutTwentyMore() {
        int loaded = demo.loadIntoEmptyNewsroom();

        assertThat(loaded).isBetween(22, 30);
        assertThat(count()).isEqualTo(loaded);
        var page = Html.of(mvc.get().uri("/news?year=2023").exchange());
        assertThat(page.select("article h2").eachText()).contains(
                "MEDICAL IP signs MOU with International St. Mary's Hospital and Incheon Catholic University",
                "MEDICAL IP wins the 'Innovation Grand Prize' at the KHF Innovation Award",
                "Changing the 'Future of anatomy' through MEDICAL IP's AI and digital twin technology",
                "MEDICAL IP selected as a Gartner Sample Vendor for six consecutive years");
        assertThat(jdbc.queryForObject("select published_at from press_release where slug = ?", Instant.class,
                "khf-innovation-award-grand-prize")).isEqualTo(Instant.parse("2023-09-15T01:00:00Z"));
    }

    @Test
    void spansSeveralYearsAndCategoriesSoThatPagingAndFiltersShow() {
        demo.loadIntoEmptyNewsroom();

        assertThat(jdbc.queryForList("select distinct c.slug from press_release r join category c"
                + " on c.id = r.category_id", String.class)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForList("select published_at from press_release", Instant.class))
                .extracting(at -> at.toString().substring(0, 4)).contains("2022", "2023", "2024");
    }

    @Test
    void neverLoadsTwice() {
        int first = demo.loadIntoEmptyNewsroom();

        assertThat(demo.loadIntoEmptyNewsroom()).isZero();
        assertThat(count()).isEqualTo(first);
    }

    @Test
    void leavesANewsroomWithReleasesAlone() {
        fixtures.savedDraft("our-own", "Our own release");

        assertThat(demo.loadIntoEmptyNewsroom()).isZero();
        assertThat(count()).isEqualTo(1);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from press_release", Integer.class);
    }
}
