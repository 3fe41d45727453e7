package io.newsroom.analytics;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The figures PR staff read: by day, by kind of source, by site, for a release or the whole newsroom. */
@Component
class AnalyticsLookup {

    /** A day's views and unique visitors. */
    record Day(LocalDate day, long views, long visitors) {
    }

    /** One line of a breakdown: what, and how many. */
    record Line(String item, long count) {
    }

    private final JdbcTemplate jdbc;

    AnalyticsLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every day from {@code from} to {@code to}, those without a view included. */
    @Transactional(readOnly = true)
    List<Day> days(String language, String slug, LocalDate from, LocalDate to) {
        var views = new LinkedHashMap<LocalDate, Long>();
        var visitors = new LinkedHashMap<LocalDate, Long>();
        String where = slug == null ? "" : " and language = ? and slug = ?";
        Object[] arguments = slug == null ? new Object[] {Date.valueOf(from), Date.valueOf(to)}
                : new Object[] {Date.valueOf(from), Date.valueOf(to), language, slug};
        jdbc.query("select on_day, sum(hits) as total from analytics_count where kind = 'view' and dimension = 'total'"
                + " and on_day between ? and ?" + where + " group by on_day", row -> {
                    views.put(row.getDate("on_day").toLocalDate(), row.getLong("total"));
                }, arguments);
        // a newsroom's visitors are kept under the empty address, a release's under its own
        Object[] visitorArguments = {Date.valueOf(from), Date.valueOf(to), slug == null ? "" : language, slug == null ? "" : slug};
        jdbc.query("select on_day, hits as total from analytics_count where kind = 'view' and dimension = 'visitors'"
                + " and on_day between ? and ? and language = ? and slug = ?", row -> {
                    visitors.merge(row.getDate("on_day").toLocalDate(), row.getLong("total"), Long::sum);
                }, visitorArguments);
        jdbc.query("select on_day, count(*) as total from analytics_visitor where on_day between ? and ? and language = ? and slug = ?"
                + " group by on_day", row -> {
                    visitors.merge(row.getDate("on_day").toLocalDate(), row.getLong("total"), Long::sum);
                }, visitorArguments);
        var days = new ArrayList<Day>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new Day(day, views.getOrDefault(day, 0L), visitors.getOrDefault(day, 0L)));
        }
        return days;
    }

    /** The biggest items of a breakdown (source, site, reader, utm-campaign, term, no-result), biggest first. */
    @Transactional(readOnly = true)
    List<Line> top(String kind, String language, String slug, String dimension, LocalDate from, LocalDate to, int limit) {
        String where = slug == null ? "" : " and language = ? and slug = ?";
        var arguments = new ArrayList<Object>(List.of(kind, dimension, Date.valueOf(from), Date.valueOf(to)));
        if (slug != null) {
            arguments.add(language);
            arguments.add(slug);
        }
        return jdbc.query("select item, sum(hits) as total from analytics_count where kind = ? and dimension = ?"
                + " and on_day between ? and ?" + where + " group by item order by total desc, item limit " + limit,
                (row, n) -> new Line(row.getString("item"), row.getLong("total")), arguments.toArray());
    }

    /** Totals by kind (view, pdf, kit, original, bot) for a release or the newsroom. */
    @Transactional(readOnly = true)
    Map<String, Long> totals(String language, String slug, LocalDate from, LocalDate to) {
        String where = slug == null ? "" : " and language = ? and slug = ?";
        var arguments = new ArrayList<Object>(List.of(Date.valueOf(from), Date.valueOf(to)));
        if (slug != null) {
            arguments.add(language);
            arguments.add(slug);
        }
        var totals = new LinkedHashMap<String, Long>();
        jdbc.query("select kind, sum(hits) as total from analytics_count where dimension = 'total' and on_day between ? and ?"
                + where + " group by kind", row -> {
                    totals.put(row.getString("kind"), row.getLong("total"));
                }, arguments.toArray());
        return totals;
    }

    /** The most read releases of a period: their address, language and views. */
    @Transactional(readOnly = true)
    List<Line> topReleases(LocalDate from, LocalDate to, int limit) {
        return jdbc.query("select language, slug, sum(hits) as total from analytics_count where kind = 'view'"
                + " and dimension = 'total' and slug <> '' and on_day between ? and ? group by language, slug"
                + " order by total desc, slug limit " + limit,
                (row, n) -> new Line(row.getString("language") + "/" + row.getString("slug"), row.getLong("total")),
                Date.valueOf(from), Date.valueOf(to));
    }

    /** A release's views in each hour of a day (0 to 23, from the day's start in the newsroom's time zone). */
    @Transactional(readOnly = true)
    long[] hours(String language, String slug, LocalDate day) {
        long[] hours = new long[24];
        jdbc.query("select item, hits from analytics_count where on_day = ? and kind = 'view' and language = ? and slug = ?"
                + " and dimension = 'hour'", row -> {
                    int hour = Integer.parseInt(row.getString("item"));
                    if (hour >= 0 && hour < 24) {
                        hours[hour] += row.getLong("hits");
                    }
                }, Date.valueOf(day), language, slug);
        return hours;
    }
}
