package io.newsroom.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import io.newsroom.NewsroomTest;
import io.newsroom.OtherInstance;
import io.newsroom.TestClockConfiguration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Views are counted on the server, over real HTTP, whatever answers them (the page cache, a 304):
 * readers once each as visitors per day, bots apart, nothing of who they are kept.
 */
@TestPropertySource(properties = {"newsroom.analytics.enabled=true", "newsroom.analytics.flush-interval=PT1H"})
class CountingTest extends NewsroomTest {

    static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/131.0.0.0 Safari/537.36";
    static final String SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

    @LocalServerPort
    int port;

    @Autowired
    CountWriter writer;

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void noCountsYet() {
        writer.flush();
        jdbc.update("delete from analytics_count");
        jdbc.update("delete from analytics_visitor");
        fixtures.published("a-lab-in-boston", "A lab in Boston", TestClockConfiguration.START.minus(Duration.ofDays(1)));
    }

    @Test
    void everyViewCountsThoseThePageCacheAnswersAndNotModifiedOnesIncluded() throws Exception {
        String etag = null;
        for (int i = 0; i < 5; i++) {
            var response = get(port, "/news/a-lab-in-boston", CHROME, null, null);
            assertThat(response.statusCode()).isEqualTo(200);
            etag = response.headers().firstValue("ETag").orElse(etag);
        }
        if (etag != null) {
            assertThat(get(port, "/news/a-lab-in-boston", CHROME, etag, null).statusCode()).isEqualTo(304);
        }
        flushAfter(etag == null ? 5 : 6);

        assertThat(count("view", "a-lab-in-boston", "total", "")).isEqualTo(etag == null ? 5 : 6);
        assertThat(jdbc.queryForObject("select count(*) from analytics_visitor where slug = 'a-lab-in-boston'", Long.class))
                .as("one reader, counted once").isEqualTo(1);
    }

    @Test
    void crawlersMonitorsAndScriptsAreBotsAndNotViews() throws Exception {
        var bots = List.of("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
                "Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)",
                "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.0; +https://openai.com/gptbot)",
                "Mozilla/5.0 (compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                "curl/8.5.0", "python-requests/2.31.0");
        for (String bot : bots) {
            get(port, "/news/a-lab-in-boston", bot, null, null);
        }
        get(port, "/news/a-lab-in-boston", SAFARI, null, null);
        flushAfter(bots.size() + 1);

        assertThat(count("bot", "a-lab-in-boston", "total", "")).isEqualTo(bots.size());
        assertThat(count("view", "a-lab-in-boston", "total", "")).isEqualTo(1);
    }

    @Test
    void aVisitorCountsOnceADayAndNothingOfThemIsKept() throws Exception {
        get(port, "/news/a-lab-in-boston", CHROME, null, null);
        get(port, "/news/a-lab-in-boston", CHROME, null, null);
        get(port, "/news/a-lab-in-boston", SAFARI, null, null);
        flushAfter(3);
        assertThat(jdbc.queryForObject("select count(*) from analytics_visitor where slug = 'a-lab-in-boston'", Long.class))
                .isEqualTo(2);

        clock.advance(Duration.ofDays(1));
        get(port, "/news/a-lab-in-boston", CHROME, null, null);
        flushAfter(4);

        assertThat(jdbc.queryForList("select hits from analytics_count where slug = 'a-lab-in-boston' and dimension = 'visitors'"
                + " order by on_day", Long.class)).as("the day that is over keeps its count").containsExactly(2L);
        assertThat(jdbc.queryForObject("select count(*) from analytics_visitor where slug = 'a-lab-in-boston'", Long.class))
                .as("today's visitor, hitsed again").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from analytics_salt", Long.class)).as("yesterday's salt is gone").isEqualTo(1);

        var columns = jdbc.queryForList("select lower(column_name) from information_schema.columns where lower(table_name)"
                + " like 'analytics%'", String.class);
        assertThat(columns).noneMatch(name -> name.contains("ip") || name.contains("agent") || name.contains("address"));
        var texts = jdbc.queryForList("select item from analytics_count union all select slug from analytics_count", String.class);
        assertThat(texts).noneMatch(text -> text.contains("127.0.0.1") || text.contains("Mozilla") || text.contains("Chrome"));
    }

    @Test
    void theFirst24HoursAreCountedByTheHourFromPublication(@Autowired Figures figures) throws Exception {
        var release = fixtures.published("signing-day", "Signing day", TestClockConfiguration.START);
        // each view is counted (just after its answer) before the clock moves on
        clock.set(TestClockConfiguration.START.plus(Duration.ofHours(1)));
        get(port, "/news/signing-day", CHROME, null, null);
        flushAfter(1);
        clock.set(TestClockConfiguration.START.plus(Duration.ofHours(23)));
        get(port, "/news/signing-day", CHROME, null, null);
        flushAfter(2);
        clock.set(TestClockConfiguration.START.plus(Duration.ofHours(25)));
        get(port, "/news/signing-day", CHROME, null, null);
        flushAfter(3);

        var found = figures.ofRelease(release.getId()).orElseThrow();
        assertThat(found.viewsInFirst24Hours()).as("the view 25 hours after is not among them").isEqualTo(2);
        assertThat(found.viewsInFirstWeek()).isEqualTo(3);
        assertThat(found.views()).isEqualTo(3);
    }

    @Test
    void whoAsksNotToBeTrackedIsAViewButNoVisitor() throws Exception {
        get(port, "/news/a-lab-in-boston", CHROME, null, "Sec-GPC");
        get(port, "/news/a-lab-in-boston", SAFARI, null, "DNT");
        flushAfter(2);

        assertThat(count("view", "a-lab-in-boston", "total", "")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from analytics_visitor", Long.class)).isZero();
    }

    @Test
    void referrersCampaignsDownloadsAndSearchesAreCountedByKind() throws Exception {
        send(port, "/news/a-lab-in-boston?utm_source=alert&utm_medium=email&utm_campaign=lab-launch", "https://mail.google.com/");
        send(port, "/news/a-lab-in-boston", "https://www.google.co.kr/search?q=medical+ip");
        send(port, "/news/a-lab-in-boston", "https://n.news.naver.com/article/123");
        send(port, "/news/a-lab-in-boston", "https://www.linkedin.com/feed/");
        send(port, "/news/a-lab-in-boston", null);
        send(port, "/news/a-lab-in-boston.pdf", "http://127.0.0.1:" + port + "/news/a-lab-in-boston");
        send(port, "/search?q=Boston", null);
        send(port, "/search?q=nothing+here", null);
        flushAfter(8);

        assertThat(count("view", "a-lab-in-boston", "source", "email")).isEqualTo(1);
        assertThat(count("view", "a-lab-in-boston", "source", "search")).isEqualTo(1);
        assertThat(count("view", "a-lab-in-boston", "source", "news")).isEqualTo(1);
        assertThat(count("view", "a-lab-in-boston", "source", "social")).isEqualTo(1);
        assertThat(count("view", "a-lab-in-boston", "source", "direct")).isEqualTo(1);
        assertThat(count("view", "a-lab-in-boston", "site", "google.co.kr")).isEqualTo(1);
        assertThat(count("view", "a-lab-in-boston", "utm-campaign", "lab-launch")).isEqualTo(1);
        assertThat(count("view", "a-lab-in-boston", "reader", "ko")).isEqualTo(5);
        assertThat(count("pdf", "a-lab-in-boston", "total", "")).isEqualTo(1);
        assertThat(count("search", "", "term", "boston")).isEqualTo(1);
        assertThat(count("search", "", "no-result", "nothing here")).isEqualTo(1);
        assertThat(count("search", "", "no-result", "boston")).isZero();
    }

    @Test
    void staffAreNotCounted() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/news/a-lab-in-boston"))
                .header("User-Agent", CHROME).header("Accept-Language", "en").header("Cookie", "JSESSIONID=abc").GET().build();
        http.send(request, HttpResponse.BodyHandlers.discarding());
        get(port, "/news", CHROME, null, null); // a reader after them, to know the staff's view was had and passed over
        flushAfter(1);
        assertThat(count("view", "", "total", "")).isEqualTo(1);
        assertThat(count("view", "a-lab-in-boston", "total", "")).isZero();
    }

    @Test
    void twoInstancesAddUpExactlyAndAGracefulStopWritesWhatItHolds() throws Exception {
        try (var other = OtherInstance.start(dataSource, "--newsroom.analytics.enabled=true",
                "--newsroom.analytics.flush-interval=PT1H")) {
            int otherPort = OtherInstance.port(other);
            for (int i = 0; i < 3; i++) {
                get(port, "/news/a-lab-in-boston", CHROME, null, null);
                get(otherPort, "/news/a-lab-in-boston", CHROME, null, null);
            }
            get(otherPort, "/news/a-lab-in-boston", SAFARI, null, null);
            flushAfter(3);
            assertThat(count("view", "a-lab-in-boston", "total", "")).isEqualTo(3);
        }
        assertThat(count("view", "a-lab-in-boston", "total", "")).as("the other instance wrote as it stopped").isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from analytics_visitor where slug = 'a-lab-in-boston'", Long.class))
                .as("the same reader on both instances is one visitor").isEqualTo(2);
    }

    /**
     * Writes what was counted once every request so far was counted: a request is counted just
     * after its answer went out, so the test waits (bounded) for the tally to hold them.
     */
    private void flushAfter(long requests) {
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            writer.flush();
            return jdbc.queryForObject("select coalesce(sum(hits), 0) from analytics_count where dimension = 'total'",
                    Long.class) >= requests;
        });
    }

    private long count(String kind, String slug, String dimension, String item) {
        return jdbc.queryForObject("select coalesce(sum(hits), 0) from analytics_count where kind = ? and slug = ?"
                + " and dimension = ? and item = ?", Long.class, kind, slug, dimension, item);
    }

    private void send(int port, String path, String referer) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("User-Agent", CHROME)
                .header("Accept-Language", "ko-KR,ko;q=0.9");
        if (referer != null) {
            request.header("Referer", referer);
        }
        http.send(request.GET().build(), HttpResponse.BodyHandlers.discarding());
    }

    private HttpResponse<Void> get(int port, String path, String agent, String etag, String doNotTrack) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("User-Agent", agent)
                .header("Accept-Language", "en-US,en;q=0.9").header("Accept", "text/html");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (doNotTrack != null) {
            request.header(doNotTrack, "1");
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.discarding());
    }
}
