package io.newsroom.analytics;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an instance's tally in one statement per table: on PostgreSQL an upsert that adds to what
 * the other instances wrote ({@code on conflict ... do update set count = count + excluded.count}),
 * so nothing is counted twice or lost between instances; on the embedded database (one instance) a
 * MERGE. Visitor hashes go in once ({@code do nothing}). A day that is over gets its unique visitors
 * counted, and its hashes and salt deleted.
 */
@Component
class CountStore {

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private final SecureRandom random = new SecureRandom();

    CountStore(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            return false;
        }
    }

    @Transactional
    void write(Tally tally) {
        var rows = new ArrayList<Object[]>();
        tally.rows((key, count) -> rows.add(new Object[] {Date.valueOf(key.day()), key.kind(), key.language(),
                key.slug(), key.dimension(), key.item(), count}));
        if (!rows.isEmpty()) {
            addCounts(rows);
        }
        var visitors = new ArrayList<Object[]>();
        tally.visitors().forEach(v -> visitors.add(new Object[] {Date.valueOf(v.day()), v.language(), v.slug(), v.hash()}));
        if (!visitors.isEmpty()) {
            addVisitors(visitors);
        }
    }

    private void addCounts(List<Object[]> rows) {
        String values = String.join(",", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?)"));
        Object[] arguments = rows.stream().flatMap(Arrays::stream).toArray();
        if (postgres) {
            jdbc.update("insert into analytics_count (on_day, kind, language, slug, dimension, item, hits) values " + values
                    + " on conflict (on_day, kind, language, slug, dimension, item)"
                    + " do update set hits = analytics_count.hits + excluded.hits", arguments);
        } else {
            jdbc.update("merge into analytics_count t using (values " + values + ") s(on_day, kind, language, slug, dimension, item, hits)"
                    + " on t.on_day = s.on_day and t.kind = s.kind and t.language = s.language and t.slug = s.slug"
                    + " and t.dimension = s.dimension and t.item = s.item"
                    + " when matched then update set hits = t.hits + s.hits"
                    + " when not matched then insert (on_day, kind, language, slug, dimension, item, hits)"
                    + " values (s.on_day, s.kind, s.language, s.slug, s.dimension, s.item, s.hits)", arguments);
        }
    }

    private void addVisitors(List<Object[]> rows) {
        String values = String.join(",", Collections.nCopies(rows.size(), "(?, ?, ?, ?)"));
        Object[] arguments = rows.stream().flatMap(Arrays::stream).toArray();
        if (postgres) {
            jdbc.update("insert into analytics_visitor (on_day, language, slug, visitor) values " + values + " on conflict do nothing",
                    arguments);
        } else {
            jdbc.update("merge into analytics_visitor t using (values " + values + ") s(on_day, language, slug, visitor)"
                    + " on t.on_day = s.on_day and t.language = s.language and t.slug = s.slug and t.visitor = s.visitor"
                    + " when not matched then insert (on_day, language, slug, visitor) values (s.on_day, s.language, s.slug, s.visitor)",
                    arguments);
        }
    }

    /** The salt of this day, made by whichever instance needs it first. */
    String saltOf(LocalDate day) {
        var known = jdbc.queryForList("select salt from analytics_salt where on_day = ?", String.class, Date.valueOf(day));
        if (!known.isEmpty()) {
            return known.get(0);
        }
        byte[] salt = new byte[24];
        random.nextBytes(salt);
        try {
            jdbc.update("insert into analytics_salt (on_day, salt) values (?, ?)", Date.valueOf(day), HexFormat.of().formatHex(salt));
        } catch (DuplicateKeyException another) {
            // another instance made it a moment ago: theirs is the day's
        }
        return jdbc.queryForObject("select salt from analytics_salt where on_day = ?", String.class, Date.valueOf(day));
    }

    /**
     * Days before {@code today}: their unique visitors are counted (as the largest count seen, so
     * that instances doing it at once agree), then their hashes and salts are deleted.
     */
    @Transactional
    void closeDaysBefore(LocalDate today) {
        var before = Date.valueOf(today);
        var days = jdbc.queryForList("select on_day, language, slug, count(*) as visitors from analytics_visitor where on_day < ?"
                + " group by on_day, language, slug", before);
        for (var row : days) {
            Object day = row.get("on_day");
            Object language = row.get("language");
            Object slug = row.get("slug");
            long count = ((Number) row.get("visitors")).longValue();
            int updated = jdbc.update("update analytics_count set hits = greatest(hits, ?) where on_day = ? and kind = 'view'"
                    + " and language = ? and slug = ? and dimension = 'visitors' and item = ''", count, day, language, slug);
            if (updated == 0) {
                jdbc.update("insert into analytics_count (on_day, kind, language, slug, dimension, item, hits)"
                        + " values (?, 'view', ?, ?, 'visitors', '', ?)", day, language, slug, count);
            }
        }
        jdbc.update("delete from analytics_visitor where on_day < ?", before);
        jdbc.update("delete from analytics_salt where on_day < ?", before);
    }

    /**
     * Daily figures older than {@code keepFrom}'s month are summed into the first day of their month
     * and the days deleted: months of the past stay readable, at a month's grain. Unique visitors of
     * a month are then the sum of its days'.
     */
    @Transactional
    int rollUpBefore(LocalDate keepFrom) {
        LocalDate limit = keepFrom.withDayOfMonth(1);
        var months = jdbc.queryForList("select distinct on_day from analytics_count where on_day < ? order by on_day",
                LocalDate.class, Date.valueOf(limit)).stream().map(day -> day.withDayOfMonth(1)).distinct().toList();
        int rolled = 0;
        for (LocalDate month : months) {
            var from = Date.valueOf(month);
            var until = Date.valueOf(month.plusMonths(1));
            long days = jdbc.queryForObject("select count(distinct on_day) from analytics_count where on_day >= ? and on_day < ?",
                    Long.class, from, until);
            if (days == 1 && jdbc.queryForObject("select count(*) from analytics_count where on_day = ?", Long.class, from) > 0) {
                continue; // rolled up already
            }
            var sums = jdbc.queryForList("select kind, language, slug, dimension, item, sum(hits) as total from analytics_count"
                    + " where on_day >= ? and on_day < ? group by kind, language, slug, dimension, item", from, until);
            jdbc.update("delete from analytics_count where on_day >= ? and on_day < ?", from, until);
            var rows = new ArrayList<Object[]>();
            for (var sum : sums) {
                rows.add(new Object[] {from, sum.get("kind"), sum.get("language"), sum.get("slug"), sum.get("dimension"),
                        sum.get("item"), ((Number) sum.get("total")).longValue()});
            }
            for (int at = 0; at < rows.size(); at += 1000) {
                addCounts(rows.subList(at, Math.min(rows.size(), at + 1000)));
            }
            rolled++;
        }
        return rolled;
    }
}
