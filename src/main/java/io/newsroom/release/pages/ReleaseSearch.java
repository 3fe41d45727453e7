package io.newsroom.release.pages;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import db.migration.h2.Fold;
import io.newsroom.web.Like;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final TransactionOperations transactions;
    private final boolean postgres;

    ReleaseSearch(JdbcClient jdbc, DataSource dataSource, Clock clock, PlatformTransactionManager transactionManager)
            throws SQLException {
        this.jdbc = jdbc;
        this.clock = clock;
        var readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        this.transactions = readOnly;
        try (var connection = dataSource.getConnection()) {
            this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    public record Hit(String slug, String language, String title, String categoryName, String categorySlug,
                      Instant publishedAt, String snippetHtml) {
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

    /** Releases of one language matching the query, English by its stems, other languages by any part of a word. */
    public Result search(String query, int page, int size, Locale language) {
        String text = clean(query);
        if (text.isEmpty()) {
            return new Result(List.of(), 0, false);
        }
        String tag = language.toLanguageTag();
        if (!postgres) {
            return plainWords(text, page, size, tag);
        }
        return transactions.execute(status -> {
            // Planned for these words every time. After five runs of one statement PostgreSQL's JDBC
            // driver prepares it on the server, and the plan made once for any words cannot know that
            // a word is common: on 100,000 releases it then read all 67,691 matches of "anatomy" (in
            // every English body) to rank the newest 1,000, 120-180 ms instead of 23 ms.
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            return "en".equals(language.getLanguage()) ? postgres(text, page, size, tag) : trigrams(text, page, size, tag);
        });
    }

    /**
     * Ranks the {@value #MOST_RANKED} newest matches: a word that is in every release would
     * otherwise have every row of the table read and ranked on each search. PostgreSQL takes the
     * text index for a rare word and the date index for a common one, reading about as many rows as
     * it returns either way.
     */
    private Result postgres(String text, int page, int size, String language) {
        String newest = "select r.id, r.published_at, r.search_vector from press_release r,"
                + " websearch_to_tsquery('newsroom_english', :q) query"
                + " where r.search_vector @@ query and r.status in ('SCHEDULED', 'PUBLISHED') and r.published_at <= :now"
                + " and (r.ends_at is null or r.ends_at > :now)"
                + " and r.language = :language"
                + " order by r.published_at desc, r.id desc limit " + (MOST_RANKED + 1);
        var now = Timestamp.from(clock.instant());
        var total = new long[] {-1};
        // one pass: the newest matches (one more than are ranked, to know there were more), ranked,
        // one page of them kept, and only then what the page shows is fetched
        var hits = jdbc.sql("with newest as materialized (" + newest + "),"
                        + " ranked as (select n.id, n.published_at, ts_rank(n.search_vector, websearch_to_tsquery('newsroom_english', :q)) as rank"
                        + " from (select * from newest order by published_at desc, id desc limit " + MOST_RANKED + ") n),"
                        + " page as (select * from ranked order by rank desc, published_at desc, id desc limit :size offset :offset)"
                        + " select r.slug, r.language, r.title, c.name, c.slug, r.published_at,"
                        + " ts_headline('newsroom_english', r.summary || ' ' || coalesce(r.body_text, ''), query, 'StartSel=" + MARK_START
                        + ", StopSel=" + MARK_END + ", MaxWords=35, MinWords=15, MaxFragments=2') as snippet,"
                        + " (select count(*) from newest) as total"
                        + " from page join press_release r on r.id = page.id join category c on c.id = r.category_id,"
                        + " websearch_to_tsquery('newsroom_english', :q) query"
                        + " order by page.rank desc, page.published_at desc, page.id desc")
                .param("q", text).param("now", now).param("language", language)
                .param("size", size).param("offset", (long) (page - 1) * size)
                .query((rs, row) -> {
                    total[0] = rs.getLong(8);
                    return new Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getTimestamp(6).toInstant(), highlight(rs.getString(7)));
                })
                .list();
        if (total[0] < 0) { // no hit on this page: how many are there at all?
            total[0] = jdbc.sql("select count(*) from (" + newest.replace("r.id, r.published_at, r.search_vector", "1")
                    + ") newest").param("q", text).param("now", now).param("language", language).query(Long.class).single();
        }
        return new Result(hits, Math.min(total[0], MOST_RANKED), total[0] > MOST_RANKED);
    }

    /**
     * Every word must be part of the release's text (its trigram index finds the candidates), so a
     * Korean word finds itself with any particle. Titles that have the words come first, then the
     * newest; the snippet is cut around the first word found.
     */
    private Result trigrams(String text, int page, int size, String language) {
        var words = words(text);
        if (words.isEmpty()) {
            return new Result(List.of(), 0, false);
        }
        var where = new StringBuilder(PUBLIC_IN_LANGUAGE);
        var params = publicInLanguage(language);
        var inTitle = new StringBuilder("0");
        for (String word : words) {
            where.append(" and ").append(TRIGRAM_TEXT).append(" like newsroom_fold(?)");
            params.add(Like.containing(word));
            inTitle.append(" + case when newsroom_fold(r.title) like newsroom_fold(?) then 1 else 0 end");
        }
        long total = jdbc.sql("select count(*) from (select 1" + where + " limit " + (MOST_RANKED + 1) + ") matches")
                .params(params).query(Long.class).single();
        var pageParams = new ArrayList<Object>();
        words.forEach(word -> pageParams.add(Like.containing(word)));
        pageParams.addAll(params);
        pageParams.add(size);
        pageParams.add((long) (page - 1) * size);
        var hits = jdbc.sql("select r.slug, r.language, r.title, c.name, c.slug, r.published_at, r.summary, r.body_text, "
                        + inTitle + " as in_title" + where
                        + " order by in_title desc, r.published_at desc, r.id desc limit ? offset ?")
                .params(pageParams)
                .query((rs, row) -> new Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(),
                        snippet(rs.getString(7) + " " + (rs.getString(8) == null ? "" : rs.getString(8)), words)))
                .list();
        return new Result(hits, Math.min(total, MOST_RANKED), total > MOST_RANKED);
    }

    /** The public releases of a language (parameters: now, now, the language tag), for the word searches to narrow. */
    private static final String PUBLIC_IN_LANGUAGE = " from press_release r join category c on c.id = r.category_id"
            + " where r.status in ('SCHEDULED', 'PUBLISHED') and r.published_at <= ? and (r.ends_at is null or r.ends_at > ?)"
            + " and r.language = ?";

    /** The parameters of {@link #PUBLIC_IN_LANGUAGE}, for the word searches to add theirs to. */
    private ArrayList<Object> publicInLanguage(String language) {
        var now = Timestamp.from(clock.instant());
        return new ArrayList<>(List.of(now, now, language));
    }

    /** What the trigram index covers; the query must use the very same expression to use it. */
    private static final String TRIGRAM_TEXT = "newsroom_fold(r.title || ' ' || r.summary || ' ' || coalesce(r.body_text, ''))";

    private static List<String> words(String text) {
        return Arrays.stream(Fold.fold(text).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).distinct().limit(8).toList();
    }

    /** About 160 characters around the first word found, every word found marked. */
    static String snippet(String text, List<String> words) {
        // where a word is, found without accents as the search found it (folding keeps positions)
        String lower = Fold.fold(text);
        int at = words.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
        int from = Math.max(0, at - 60);
        int to = Math.min(text.length(), at + 100);
        String cut = (from > 0 ? "\u2026" : "") + text.substring(from, to) + (to < text.length() ? "\u2026" : "");
        String escaped = HtmlUtils.htmlEscape(cut);
        for (String word : words) {
            escaped = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(HtmlUtils.htmlEscape(word)),
                    java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)
                    .matcher(escaped).replaceAll(m -> "<mark>" + java.util.regex.Matcher.quoteReplacement(m.group()) + "</mark>");
        }
        return escaped;
    }

    private Result plainWords(String text, int page, int size, String language) {
        var words = words(text);
        if (words.isEmpty()) {
            return new Result(List.of(), 0, false);
        }
        var where = new StringBuilder(PUBLIC_IN_LANGUAGE);
        var params = publicInLanguage(language);
        for (String word : words) {
            where.append(" and (newsroom_fold(r.title) like newsroom_fold(?) or newsroom_fold(r.summary) like newsroom_fold(?)"
                    + " or newsroom_fold(r.body_text) like newsroom_fold(?))");
            String like = Like.containing(word);
            params.add(like);
            params.add(like);
            params.add(like);
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        var pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) (page - 1) * size);
        var hits = jdbc.sql("select r.slug, r.language, r.title, c.name, c.slug, r.published_at, r.summary" + where
                        + " order by r.published_at desc, r.id desc limit ? offset ?")
                .params(pageParams)
                .query((rs, row) -> new Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), HtmlUtils.htmlEscape(rs.getString(7))))
                .list();
        return new Result(hits, total, false);
    }

    /** Escapes everything the database returned, then turns its markers into {@code <mark>}. */
    static String highlight(String snippet) {
        return HtmlUtils.htmlEscape(snippet == null ? "" : snippet)
                .replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
    }
}
