package io.newsroom.release.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.RecordedStatements;
import io.newsroom.TestClockConfiguration;
import io.newsroom.release.model.ReleaseFixtures;

import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The public pages on 100,000 releases, judged by PostgreSQL's own account of each query: every
 * statement a page runs is recorded with its parameters and run again under
 * {@code EXPLAIN (ANALYZE, FORMAT JSON)}. None may scan the release table, and none may read more
 * than a few hundred rows beyond those it returns. The page cache is off, so every request renders.
 */
@IntegrationTest
@TestPropertySource(properties = "newsroom.page-cache.enabled=false")
@Import(RecordedStatements.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManyReleasesTest {

    /** Rows a query may read beyond those it returns. */
    private static final long FEW_HUNDRED = 500;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    MutableClock clock;

    private boolean postgres;

    @BeforeAll
    void aHundredThousandReleases() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
        assumeTrue(postgres, "query plans are PostgreSQL's; CI runs this on PostgreSQL");
        clock.set(TestClockConfiguration.START);
        fixtures.clear();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            // loading takes longer than the app allows one statement, and than its socket timeout
            // (15 s) on a busy machine: lift both for this connection (the pool restores the latter)
            int networkTimeout = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, 0);
            statement.execute("set statement_timeout = 0");
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("sql/many-releases.sql"));
            statement.execute("reset statement_timeout");
            connection.setNetworkTimeout(Runnable::run, networkTimeout);
        }
    }

    @AfterAll
    void leaveASmallNewsroom() {
        if (postgres) {
            fixtures.clear();
        }
    }

    @Test
    void everyListPageSeeksAnIndexAndReadsAboutWhatItShows() {
        for (String page : List.of("/", "/news?page=2", "/news?page=20", "/news?page=21", "/news?page=9999",
                "/news?category=mou", "/news?category=mou&page=1000", "/news?year=2020", "/news?year=2020&page=40",
                "/news?category=award&year=2019")) {
            assertCheap(page, FEW_HUNDRED);
        }
    }

    @Test
    void aReleasePageFindsItselfAndItsNeighboursByIndex() {
        assertCheap("/news/generated-50000", FEW_HUNDRED);
        assertCheap("/news/generated-99999", FEW_HUNDRED);
    }

    @Test
    void searchReadsTheMatchesOfARareWordAndAtMostTheRankedNewestOfACommonOne() {
        assertCheap("/search?q=anatomy", FEW_HUNDRED);
        assertCheap("/search?q=imaging", ReleaseSearch.MOST_RANKED + FEW_HUNDRED);
        assertThat(mvc.get().uri("/search?q=imaging").exchange()).bodyText().contains("More than 1,000 results");
    }

    /**
     * PostgreSQL's JDBC driver prepares a statement on the server from its fifth run, and a plan made
     * once for any words cannot know that a word is common: on the bench's archive it read all 67,691
     * matches of a common word to rank the newest 1,000 (120-180 ms instead of 23 ms). The explained
     * plans above are made for the words, so each search must be too, however often it runs.
     */
    @Test
    void searchIsPlannedForItsWordsEveryTimeItRuns() {
        for (int run = 1; run <= 7; run++) {
            RecordedStatements.clear();
            assertThat(mvc.get().uri("/search?q=imaging").exchange()).hasStatusOk();
            var ran = RecordedStatements.sql();
            int planning = ran.indexOf("set local plan_cache_mode = force_custom_plan");
            int searching = ran.stream().filter(sql -> sql.contains("websearch_to_tsquery")).findFirst().map(ran::indexOf).orElse(-1);
            assertThat(planning).as("run %d: %s", run, ran).isNotNegative().isLessThan(searching);
        }
    }

    @Test
    void feedsAndTheSitemapReadOnlyWhatTheyList() {
        assertCheap("/feed.atom", FEW_HUNDRED);
        assertCheap("/feed.rss?category=mou", FEW_HUNDRED);
        var index = assertCheap("/sitemap.xml", FEW_HUNDRED);
        assertThat(index).contains("<sitemapindex", "/sitemap/pages.xml", "/sitemap/releases-1.xml",
                "/sitemap/releases-10.xml").doesNotContain("/sitemap/releases-11.xml");
        var second = assertCheap("/sitemap/releases-2.xml", FEW_HUNDRED);
        assertThat(second.split("<url>", -1)).hasSize(10_000 + 1);
        assertThat(second).contains("/news/generated-10001<", "/news/generated-20000<")
                .doesNotContain("/news/generated-10000<", "/news/generated-20001<");
        assertThat(assertCheap("/sitemap/releases-10.xml", FEW_HUNDRED)).contains("/news/generated-100000<");
        assertThat(mvc.get().uri("/sitemap/releases-11.xml").exchange()).hasStatus(404);
    }

    @Test
    void countsAndPageEndsAreWorkedOutOncePerContentVersion() {
        mvc.get().uri("/news?category=product&page=900").exchange();
        RecordedStatements.clear();
        assertThat(mvc.get().uri("/news?category=product&page=900").exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/news?category=product&page=901").exchange()).hasStatusOk();
        assertThat(RecordedStatements.ran()).extracting(QueryInfo::getQuery).noneMatch(ManyReleasesTest::oncePerVersion);
    }

    /**
     * Renders the page, then explains each statement it ran (except the counts and page ends that
     * are kept per content version) and holds it to the budget. Returns the page's text.
     */
    private String assertCheap(String uri, long budget) {
        RecordedStatements.clear();
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).as(uri).hasStatusOk();
        var ran = RecordedStatements.ran();
        assertThat(ran).as(uri).isNotEmpty();
        for (var query : ran) {
            if (oncePerVersion(query.getQuery()) || query.getQuery().contains("content_version")
                    || query.getQuery().startsWith("set local ")) {
                continue;
            }
            var plan = explain(query);
            String what = uri + " ran: " + query.getQuery() + "\nplan: " + plan.toPrettyString();
            var reads = new long[2];
            walk(plan.get("Plan"), reads, what);
            long returned = plan.get("Plan").get("Actual Rows").asLong();
            assertThat(reads[0]).as("rows read beyond the %d returned, for %s", returned, what)
                    .isLessThanOrEqualTo(returned + budget);
        }
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static boolean oncePerVersion(String sql) {
        String lower = sql.toLowerCase();
        return lower.startsWith("select count(") && !lower.contains("from (select 1") || lower.contains("row_number()");
    }

    /** Adds up the rows each scan read, and refuses a sequential scan of the release table. */
    private static void walk(JsonNode node, long[] reads, String what) {
        String type = node.get("Node Type").asString();
        long loops = node.has("Actual Loops") ? node.get("Actual Loops").asLong() : 1;
        // rows read from a table (a bitmap index scan only points at the rows its heap scan reads)
        if (node.has("Relation Name")) {
            assertThat(type.equals("Seq Scan") && "press_release".equals(node.path("Relation Name").asString("")))
                    .as("a sequential scan of press_release in " + what).isFalse();
            long rows = node.get("Actual Rows").asLong() + node.path("Rows Removed by Filter").asLong(0)
                    + node.path("Rows Removed by Index Recheck").asLong(0);
            reads[0] += rows * loops;
        }
        for (var child : node.path("Plans")) {
            walk(child, reads, what);
        }
    }

    private JsonNode explain(QueryInfo query) {
        try (var connection = dataSource.getConnection();
             PreparedStatement explain = connection.prepareStatement("explain (analyze, format json) " + query.getQuery())) {
            if (!query.getParametersList().isEmpty()) {
                for (ParameterSetOperation set : query.getParametersList().get(0)) {
                    set.getMethod().invoke(explain, set.getArgs());
                }
            }
            try (var rows = explain.executeQuery()) {
                rows.next();
                return JSON.readTree(rows.getString(1)).get(0);
            }
        } catch (SQLException | ReflectiveOperationException e) {
            throw new IllegalStateException("could not explain " + query.getQuery(), e);
        }
    }
}
