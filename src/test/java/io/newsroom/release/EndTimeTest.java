package io.newsroom.release;

import static io.newsroom.Redirects.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import io.newsroom.Html;
import io.newsroom.HttpUser;
import io.newsroom.NewsroomTest;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.Staff;
import io.newsroom.release.model.ReleaseDesk;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Scheduled unpublishing: a release with an end time leaves the site at that time, driven by the
 * clock, answers 410 Gone, and staff can still open it and extend it.
 */
class EndTimeTest extends NewsroomTest {

    @Autowired
    ReleaseDesk desk;

    @LocalServerPort
    int port;

    private Staff editor;
    private long news;

    @BeforeEach
    void anEditor() {
        // 2026-06-01 12:00 in Seoul (03:00 UTC)
        // this test's own audit lines only: the log is kept across tests
        jdbc.update("delete from audit_event where target like 'Limited offer webinar%' or target like 'Short notice%'");
        jdbc.update("delete from webhook_endpoint where description = 'end time test'");
        editor = staff.editor();
        news = jdbc.queryForObject("select id from category where slug = 'news'", Long.class);
        fixtures.published("stays", "Stays for good", TestClockConfiguration.START.minus(Duration.ofDays(1)));
    }

    @AfterEach
    void noReceiverLeftBehind() {
        jdbc.update("delete from webhook_endpoint where description = 'end time test'");
    }

    @Test
    void aReleasePastItsEndTimeAnswers410AndLeavesTheListFeedSitemapSearchAndApi() {
        long id = idOf(save(null, "Limited offer webinar", "publish", "2026-06-01T14:00", null));
        assertThat(mvc.get().uri("/news/limited-offer-webinar").exchange()).hasStatusOk();
        assertThat(text("/news")).contains("Limited offer webinar");
        assertThat(text("/feed.atom")).contains("Limited offer webinar");
        assertThat(text("/sitemap.xml")).contains("/news/limited-offer-webinar");
        assertThat(text("/search?q=webinar")).contains("Limited offer webinar");
        assertThat(text("/api/v1/releases")).contains("limited-offer-webinar");

        clock.advance(Duration.ofHours(2)); // 14:00 in Seoul: its end

        var gone = new HttpUser(port).get("/news/limited-offer-webinar");
        assertThat(gone.status()).isEqualTo(410);
        var page = gone.html();
        assertThat(page.selectFirst("h1").text()).isEqualTo("This release is no longer available");
        assertThat(page.selectFirst("header")).as("the site's own layout").isNotNull();
        assertThat(page.text()).doesNotContain("Limited offer webinar");
        assertThat(mvc.get().uri("/news/limited-offer-webinar.pdf").exchange()).hasStatus(410);
        assertThat(mvc.get().uri("/api/v1/releases/limited-offer-webinar").exchange()).hasStatus(410);
        assertThat(mvc.get().uri("/news/never-was").exchange()).hasStatus(404);
        assertThat(text("/news")).doesNotContain("Limited offer webinar").contains("Stays for good");
        assertThat(text("/feed.atom")).doesNotContain("Limited offer webinar").contains("Stays for good");
        assertThat(text("/sitemap.xml")).doesNotContain("limited-offer-webinar");
        assertThat(text("/search?q=webinar")).doesNotContain("Limited offer webinar");
        assertThat(text("/api/v1/releases")).doesNotContain("limited-offer-webinar").contains("stays");

        // the scheduler records it once, for the admin list, the audit log and webhook receivers
        jdbc.update("insert into webhook_endpoint (url, description, events, personal_data, secret, created_at, created_by)"
                + " values ('http://127.0.0.1:9/hook', 'end time test', 'RELEASE_UNPUBLISHED', false, 'whsec_test', now(), 'test')");
        assertThat(desk.endDue()).isEqualTo(1);
        assertThat(desk.endDue()).isZero();
        assertThat(status(id)).isEqualTo("ENDED");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'release.ended'"
                + " and target = 'Limited offer webinar'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("select d.payload from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id"
                + " where e.description = 'end time test' and d.event = 'release.unpublished'", String.class))
                .singleElement().asString().contains("\"slug\":\"limited-offer-webinar\"");
        assertThat(mvc.get().uri("/news/limited-offer-webinar").exchange()).hasStatus(410);
    }

    @Test
    void staffStillSeeAnEndedReleaseAndALaterEndBringsItBack() {
        long id = idOf(save(null, "Short notice", "publish", "2026-06-01T13:00", null));
        clock.advance(Duration.ofHours(1));
        desk.endDue();

        var editorPage = Html.of(mvc.get().uri("/admin/releases/" + id).with(user(editor)).exchange());
        assertThat(editorPage.select(".status").first().text()).isEqualTo("Ended");
        assertThat(editorPage.text()).contains("Ended at Jun 1, 2026, 13:00");
        assertThat(Html.of(mvc.get().uri("/admin/releases?status=ENDED").with(user(editor)).exchange()).text())
                .contains("Short notice");

        long version = jdbc.queryForObject("select version from press_release where id = ?", Long.class, id);
        assertThat(save(id, "Short notice", "save", "2026-06-03T09:00", version)).hasStatus(302);

        assertThat(status(id)).isEqualTo("PUBLISHED");
        assertThat(mvc.get().uri("/news/short-notice").exchange()).hasStatusOk();
        assertThat(text("/feed.atom")).contains("Short notice");
        assertThat(jdbc.queryForList("select action from audit_event where target like 'Short notice%'", String.class))
                .contains("release.ends", "release.ended", "release.extended");
    }

    @Test
    void refusesAnEndTimeInThePastOrBeforeTheReleaseAppears() {
        var past = Html.of(save(null, "Too late", "publish", "2026-06-01T11:00", null));
        assertThat(past.select("#endAt-error").text()).startsWith("Choose an end time in the future");

        var early = Html.of(mvc.post().uri("/admin/releases").with(user(editor)).with(csrf())
                .param("title", "Too early").param("categoryId", String.valueOf(news)).param("summary", "S")
                .param("body", "B").param("publishAt", "2026-06-05T09:00").param("endAt", "2026-06-04T09:00")
                .param("action", "schedule").exchange());
        assertThat(early.select("#endAt-error").text()).isEqualTo("The end time must come after the release appears.");
        assertThat(early.selectFirst("#endAt").val()).startsWith("2026-06-04T09:00");
        assertThat(jdbc.queryForObject("select count(*) from press_release where title like 'Too%'", Integer.class)).isZero();
    }

    @Test
    void aCachedPageTurnsGoneAtTheEndTimeWithoutAnyWrite() {
        save(null, "Cached then gone", "publish", "2026-06-01T12:30", null);
        assertThat(mvc.get().uri("/news/cached-then-gone").exchange()).hasStatusOk();
        assertThat(text("/news")).contains("Cached then gone");

        clock.advance(Duration.ofMinutes(31));

        assertThat(mvc.get().uri("/news/cached-then-gone").exchange()).hasStatus(410);
        assertThat(text("/news")).doesNotContain("Cached then gone");
    }

    @Test
    void aPageThatEndsSoonIsNotKeptBySharedCachesPastItsEnd() {
        save(null, "Ends in two minutes", "publish", "2026-06-01T12:02", null);

        var page = mvc.get().uri("/news/ends-in-two-minutes").exchange();

        assertThat(page).hasStatusOk();
        String cacheControl = page.getResponse().getHeader("Cache-Control");
        assertThat(cacheControl).startsWith("public, max-age=");
        var lifetimes = Pattern.compile("\\d+").matcher(cacheControl).results()
                .mapToLong(found -> Long.parseLong(found.group())).sum();
        assertThat(lifetimes).as("max-age and stale-while-revalidate together: " + cacheControl).isLessThanOrEqualTo(120);
        assertThat(mvc.get().uri("/news").exchange().getResponse().getHeader("Cache-Control"))
                .as("the list changes then too").isEqualTo("public, max-age=60, stale-while-revalidate=60");
    }

    @Test
    void ifNoneMatchStarIsNoNotModifiedForAnAddressThatIsGone() {
        save(null, "Gone soon", "publish", "2026-06-01T12:30", null);
        clock.advance(Duration.ofMinutes(31));

        assertThat(mvc.get().uri("/news/gone-soon").header("If-None-Match", "*").exchange()).hasStatus(410);
        assertThat(mvc.get().uri("/news/never-was").header("If-None-Match", "*").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/news/stays").header("If-None-Match", "*").exchange())
                .as("a page that exists is matched by *").hasStatus(304);
    }

    private MvcTestResult save(Long id, String title, String action, String endAt, Long version) {
        var request = mvc.post().uri(id == null ? "/admin/releases" : "/admin/releases/" + id)
                .with(user(editor)).with(csrf())
                .param("title", title).param("categoryId", String.valueOf(news)).param("summary", "A summary")
                .param("body", "A body about a webinar").param("action", action);
        if (endAt != null) {
            request.param("endAt", endAt);
        }
        if (version != null) {
            request.param("version", String.valueOf(version));
        }
        return request.exchange();
    }

    private String text(String path) {
        try {
            return body(path);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String body(String path) throws UnsupportedEncodingException {
        var result = mvc.get().uri(path).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from press_release where id = ?", String.class, id);
    }
}
