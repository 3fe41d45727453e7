package io.newsroom.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.newsroom.Browser;
import io.newsroom.NewsroomTest;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.account.tokens.AccessTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

/**
 * A week after publishing, a PR person opens the release's figures and the newsroom's, in
 * Chromium: how many read it, where they came from, what was downloaded and searched for; each
 * chart is SVG with its table of numbers, and the pages pass axe.
 */
@TestPropertySource(properties = {"newsroom.analytics.enabled=true", "newsroom.analytics.flush-interval=PT1H"})
class AnalyticsPagesTest extends NewsroomTest {

    @LocalServerPort
    int port;

    @Autowired
    CountWriter writer;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aWeekAfterPublishingTheReleaseShowsWhoReadItFromWhereAndWhatTheyTook() throws Exception {
        writer.flush();
        jdbc.update("delete from analytics_count");
        jdbc.update("delete from analytics_visitor");
        var release = fixtures.published("a-lab-in-boston", "A lab in Boston", TestClockConfiguration.START);
        read("/news/a-lab-in-boston", "https://www.google.com/", CountingTest.CHROME);
        read("/news/a-lab-in-boston", "https://www.linkedin.com/", CountingTest.SAFARI);
        read("/news/a-lab-in-boston/media-kit.zip", "http://127.0.0.1/news/a-lab-in-boston", CountingTest.CHROME);
        read("/search?q=boston", null, CountingTest.CHROME);
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            writer.flush();
            return jdbc.queryForObject("select coalesce(sum(hits), 0) from analytics_count where dimension = 'total'",
                    Long.class) >= 4;
        });
        // a journalist asked about it, and two subscribers got its alert
        var at = java.sql.Timestamp.from(TestClockConfiguration.START.plus(Duration.ofHours(2)));
        jdbc.update("delete from inquiry");
        jdbc.update("insert into inquiry (reference, name, email, organization, topic, release_id, message, status, form_token,"
                + " created_at, updated_at) values ('INQ-T-1', 'Kim', 'kim@daily.example', 'Daily', 'RELEASE', ?, 'When?', 'NEW',"
                + " 'analytics-test', ?, ?)", release.getId(), at, at);
        for (String email : new String[] {"one@alerts.example", "two@alerts.example"}) {
            jdbc.update("delete from subscriber where email = ?", email);
            jdbc.update("insert into subscriber (email, status, unsubscribe_token, created_at, confirmed_at) values (?, 'CONFIRMED',"
                    + " ?, ?, ?)", email, "u-" + email, at, at);
            jdbc.update("insert into release_alert (release_id, subscriber_id, created_at) select ?, id, ? from subscriber"
                    + " where email = ?", release.getId(), at, email);
        }
        clock.advance(Duration.ofDays(7));

        var admin = staff.admin();
        try (var browser = Browser.open(port, 1280, 900)) {
            browser.signIn(admin.email(), StaffFixtures.PASSWORD);
            browser.visit("/admin/releases/" + release.getId());
            browser.clickAndWait(browser.find("main a[href='/admin/releases/" + release.getId() + "/analytics']"));
            assertThat(browser.find("h1").getText()).isEqualTo("What “A lab in Boston” did");
            assertThat(browser.find(".analytics__totals").getText()).contains("Views\n2", "Visitors\n2",
                    "Views in its first 24 hours\n2", "Media kit downloads\n1", "Alert mails sent\n2",
                    "Inquiries about it\n1");
            assertThat(browser.all(".chart svg rect.chart__views")).hasSize(8);
            assertThat(browser.find(".chart svg title").getAttribute("textContent")).isEqualTo("Views and visitors by day");
            assertThat(browser.find(".chart table").getAttribute("textContent")).contains(TestClockConfiguration.START
                    .atZone(java.time.ZoneId.of("Asia/Seoul")).toLocalDate().toString());
            assertThat(browser.find("main").getText()).contains("Search engines", "Social networks", "google.com", "linkedin.com");
            browser.assertAccessible();

            browser.clickAndWait(browser.find(".admin-nav a[href='/admin/analytics']"));
            assertThat(browser.find("main").getText()).contains("Most read releases", "A lab in Boston", "boston",
                    "Inquiries by week", "New alert subscribers by week");
            assertThat(browser.all(".analytics__part td").stream().map(cell -> cell.getText()).toList()).contains("1", "2");
            browser.assertAccessible();
        }

        // the same figures in the staff API, with a read token
        String token = tokens.create(admin, "Dashboard", AccessTokens.Scope.READ, Duration.ofDays(1));
        var figures = mvc.get().uri("/api/v1/staff/releases/" + release.getId() + "/analytics")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
        assertThat(figures).hasStatusOk().bodyJson().extractingPath("$.views").isEqualTo(2);
        assertThat(figures).bodyJson().extractingPath("$.mediaKits").isEqualTo(1);
        assertThat(figures).bodyJson().extractingPath("$.sources[0].item").isIn("search", "social");
        var newsroom = mvc.get().uri("/api/v1/staff/analytics?days=30").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
        assertThat(newsroom).hasStatusOk().bodyJson().extractingPath("$.mostRead[0].title").isEqualTo("A lab in Boston");
        assertThat(mvc.get().uri("/api/v1/staff/analytics").exchange()).as("no token, no figures").hasStatus(401);

        String csv = mvc.get().uri("/admin/releases/" + release.getId() + "/analytics.csv").with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(admin))
                .exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("\"date\",\"views\",\"visitors\"", "\"2026-06-01\",\"2\",\"2\"");
    }

    @Autowired
    AccessTokens tokens;

    private void read(String path, String referer, String agent) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("User-Agent", agent)
                .header("Accept-Language", "en");
        if (referer != null) {
            request.header("Referer", referer);
        }
        assertThat(http.send(request.GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
    }
}
