package io.newsroom.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;

import io.newsroom.NewsroomTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Daily figures are kept 13 months (newsroom.analytics.keep-days); older ones are summed into their month. */
@TestPropertySource(properties = {"newsroom.analytics.enabled=true", "newsroom.analytics.flush-interval=PT1H"})
class RetentionTest extends NewsroomTest {

    @Autowired
    CountStore store;

    @Autowired
    AnalyticsProperties properties;

    @Test
    void daysOlderThanTheKeptSpanBecomeOneRowPerMonthWithTheSameTotals() {
        jdbc.update("delete from analytics_count");
        LocalDate today = LocalDate.of(2026, 6, 1);
        LocalDate old = today.minusDays(properties.keepDays()).minusMonths(1).withDayOfMonth(3);
        for (int i = 0; i < 5; i++) {
            insert(old.plusDays(i), "view", "total", 10);
            insert(old.plusDays(i), "view", "source", 2);
        }
        insert(today.minusDays(2), "view", "total", 7);

        assertThat(store.rollUpBefore(today.minusDays(properties.keepDays()))).isEqualTo(1);
        assertThat(store.rollUpBefore(today.minusDays(properties.keepDays()))).as("once only").isZero();

        assertThat(jdbc.queryForList("select on_day from analytics_count where dimension = 'total' order by on_day", Date.class))
                .extracting(Date::toLocalDate).containsExactly(old.withDayOfMonth(1), today.minusDays(2));
        assertThat(jdbc.queryForObject("select hits from analytics_count where on_day = ? and dimension = 'total'", Long.class,
                Date.valueOf(old.withDayOfMonth(1)))).isEqualTo(50);
        assertThat(jdbc.queryForObject("select hits from analytics_count where on_day = ? and dimension = 'source'", Long.class,
                Date.valueOf(old.withDayOfMonth(1)))).isEqualTo(10);
        assertThat(jdbc.queryForObject("select hits from analytics_count where on_day = ?", Long.class,
                Date.valueOf(today.minusDays(2)))).as("recent days stay as they are").isEqualTo(7);
    }

    private void insert(LocalDate day, String kind, String dimension, long hits) {
        jdbc.update("insert into analytics_count (on_day, kind, language, slug, dimension, item, hits)"
                + " values (?, ?, 'en', 'a-lab', ?, ?, ?)", Date.valueOf(day), kind, dimension,
                dimension.equals("total") ? "" : "search", hits);
    }
}
