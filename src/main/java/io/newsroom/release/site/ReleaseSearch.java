package io.newsroom.release.site;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import io.newsroom.web.Like;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Finds public releases by words. On PostgreSQL: the weighted {@code tsvector} with
 * {@code websearch_to_tsquery} (quoted phrases, {@code or}, {@code -word}), ranked by relevance then
 * date, with highlighted snippets. On the embedded H2: every plain word must appear somewhere.
 */
@Component
public class ReleaseSearch {

    /** Longer queries are cut here: nobody types more, and it bounds the work. */
    static final int MAX_QUERY = 200;

    /** Search ranks this many of the newest matches, and says when there were more. */
    static final int MOST_RANKED = 1_000;

    private static final String MARK_START = "\u0002";
    private static final String MARK_END = "\u0003";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean postgres;

    ReleaseSearch(JdbcClient jdbc, DataSource dataSource, Clock clock) throws SQLException {
        this.jdbc = jdbc;
        this.clock = clock;
        try (var connection = dataSource.getConnection()) {
            this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    public record Hit(String slug, String title, String categoryName, String categorySlug, Instant publishedAt,
               String snippetHtml) {
    }

    /**
     * @param total how many matched, at most {@value #MOST_RANKED}
     * @param more  more than that matched: the newest of them were ranked
     */
    public record Result(List<Hit> hits, long total, boolean more) {
    }

    public static String clean(String query) {
        String text = query == null ? "" : query.replaceAll("\\p{Cntrl}", " ").strip();
        return text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text;
    }

    public Result search(String query, int page, int size) {
        String text = clean(query);
        if (text.isEmpty()) {
            return new Result(List.of(), 0, false);
        }
        return postgres ? postgres(text, page, size) : plainWords(text, page, size);
    }

    /**
     * Ranks the {@value #MOST_RANKED} newest matches: a word that is in every release would
     * otherwise have every row of the table read and ranked on each search. PostgreSQL takes the
     * text index for a rare word and the date index for a common one, reading about as many rows as
     * it returns either way.
     */
    private Result postgres(String text, int page, int size) {
        String newest = "select r.id, r.published_at, r.search_vector from press_release r,"
                + " websearch_to_tsquery('english', :q) query"
                + " where r.search_vector @@ query and r.status in ('SCHEDULED', 'PUBLISHED') and r.published_at <= :now"
                + " order by r.published_at desc, r.id desc limit " + (MOST_RANKED + 1);
        var now = Timestamp.from(clock.instant());
        var total = new long[] {-1};
        // one pass: the newest matches (one more than are ranked, to know there were more), ranked,
        // one page of them kept, and only then what the page shows is fetched
        var hits = jdbc.sql("with newest as materialized (" + newest + "),"
                        + " ranked as (select n.id, n.published_at, ts_rank(n.search_vector, websearch_to_tsquery('english', :q)) as rank"
                        + " from (select * from newest order by published_at desc, id desc limit " + MOST_RANKED + ") n),"
                        + " page as (select * from ranked order by rank desc, published_at desc, id desc limit :size offset :offset)"
                        + " select r.slug, r.title, c.name, c.slug, r.published_at,"
                        + " ts_headline('english', r.summary || ' ' || coalesce(r.body_text, ''), query, 'StartSel=" + MARK_START
                        + ", StopSel=" + MARK_END + ", MaxWords=35, MinWords=15, MaxFragments=2') as snippet,"
                        + " (select count(*) from newest) as total"
                        + " from page join press_release r on r.id = page.id join category c on c.id = r.category_id,"
                        + " websearch_to_tsquery('english', :q) query"
                        + " order by page.rank desc, page.published_at desc, page.id desc")
                .param("q", text).param("now", now)
                .param("size", size).param("offset", (long) (page - 1) * size)
                .query((rs, row) -> {
                    total[0] = rs.getLong(7);
                    return new Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), highlight(rs.getString(6)));
                })
                .list();
        if (total[0] < 0) { // no hit on this page: how many are there at all?
            total[0] = jdbc.sql("select count(*) from (" + newest.replace("r.id, r.published_at, r.search_vector", "1")
                    + ") newest").param("q", text).param("now", now).query(Long.class).single();
        }
        return new Result(hits, Math.min(total[0], MOST_RANKED), total[0] > MOST_RANKED);
    }

    private Result plainWords(String text, int page, int size) {
        var words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).distinct().limit(8).toList();
        if (words.isEmpty()) {
            return new Result(List.of(), 0, false);
        }
        var where = new StringBuilder(" from press_release r join category c on c.id = r.category_id"
                + " where r.status in ('SCHEDULED', 'PUBLISHED') and r.published_at <= ?");
        var params = new ArrayList<Object>();
        params.add(Timestamp.from(clock.instant()));
        for (String word : words) {
            where.append(" and (lower(r.title) like ? or lower(r.summary) like ? or lower(r.body_text) like ?)");
            String like = Like.containing(word);
            params.add(like);
            params.add(like);
            params.add(like);
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        var pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) (page - 1) * size);
        var hits = jdbc.sql("select r.slug, r.title, c.name, c.slug, r.published_at, r.summary" + where
                        + " order by r.published_at desc, r.id desc limit ? offset ?")
                .params(pageParams)
                .query((rs, row) -> new Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), HtmlUtils.htmlEscape(rs.getString(6))))
                .list();
        return new Result(hits, total, false);
    }

    /** Escapes everything the database returned, then turns its markers into {@code <mark>}. */
    static String highlight(String snippet) {
        return HtmlUtils.htmlEscape(snippet == null ? "" : snippet)
                .replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
    }
}
