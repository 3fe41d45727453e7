package io.newsroom.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPInputStream;

import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.StatementCounter;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.release.model.ReleaseFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Public pages come from memory when nothing changed, and never once something did: every change
 * is seen through the database's content version, whoever made it.
 */
@IntegrationTest
@TestPropertySource(properties = "newsroom.page-cache.max-size=512KB")
class PageCacheTest {

    private static final Instant NOW = TestClockConfiguration.START;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffFixtures staff;

    @BeforeEach
    void aSmallNewsroom() {
        clock.set(NOW);
        fixtures.clear();
        fixtures.published("first-mou", "First MOU signed", NOW.minus(Duration.ofDays(3)));
        fixtures.published("award-won", "Award won", NOW.minus(Duration.ofDays(1)));
    }

    @Test
    void servesTheSecondVisitFromMemoryWithTheSameBytesAndTheSecurityHeaders() {
        var first = get("/");
        StatementCounter.reset();
        var second = get("/");

        assertThat(first).doesNotContainHeader("X-Page-Cache");
        assertThat(second).hasHeader("X-Page-Cache", "hit");
        assertThat(StatementCounter.count()).isZero();
        assertThat(second.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
        for (var page : new MvcTestResult[] {first, second}) {
            assertThat(page).hasStatusOk()
                    .hasHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60, stale-while-revalidate=300")
                    .containsHeader(HttpHeaders.ETAG).containsHeader(HttpHeaders.LAST_MODIFIED)
                    .containsHeader("Content-Security-Policy").hasHeader("X-Content-Type-Options", "nosniff");
        }
        assertThat(second.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(first.getResponse().getHeader(HttpHeaders.ETAG));
    }

    @Test
    void keepsAGzipCopyForBrowsersThatAcceptIt() throws IOException {
        var plain = get("/news/award-won");
        var zipped = mvc.get().uri("/news/award-won").header(HttpHeaders.ACCEPT_ENCODING, "gzip, br").exchange();

        assertThat(zipped).hasHeader("X-Page-Cache", "hit").hasHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.getResponse().getContentAsByteArray()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(plain.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void answersAVisitorWhoHasThePageWith304WithoutRenderingIt() {
        var page = get("/news/award-won");
        String etag = page.getResponse().getHeader(HttpHeaders.ETAG);
        String lastModified = page.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);

        StatementCounter.reset();
        var again = mvc.get().uri("/news/award-won").header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
        var since = mvc.get().uri("/news/award-won").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified).exchange();

        assertThat(again).hasStatus(304).hasHeader(HttpHeaders.ETAG, etag).containsHeader("Content-Security-Policy")
                .hasHeader("X-Content-Type-Options", "nosniff");
        assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
        assertThat(since).hasStatus(304);
        assertThat(StatementCounter.count()).isZero();
    }

    @Test
    void showsANewlyPublishedReleaseAtOnceAndChangesTheValidator() {
        var before = get("/");
        fixtures.published("new-partner", "New partner announced", NOW.minus(Duration.ofMinutes(5)));
        var after = get("/");

        assertThat(after).doesNotContainHeader("X-Page-Cache");
        assertThat(after.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(before.getResponse().getHeader(HttpHeaders.ETAG));
        assertThat(after).bodyText().contains("New partner announced");
        assertThat(mvc.get().uri("/").header(HttpHeaders.IF_NONE_MATCH, before.getResponse().getHeader(HttpHeaders.ETAG))
                .exchange()).hasStatusOk();
    }

    @Test
    void showsAScheduledReleaseWhenItsTimeComesAndNotAMomentBefore() {
        fixtures.scheduled("under-embargo", "Under embargo", NOW.plus(Duration.ofHours(1)));
        assertThat(get("/")).bodyText().doesNotContain("Under embargo");
        assertThat(get("/")).hasHeader("X-Page-Cache", "hit").bodyText().doesNotContain("Under embargo");
        assertThat(mvc.get().uri("/news/under-embargo").exchange()).hasStatus(404);

        clock.advance(Duration.ofMinutes(59));
        assertThat(get("/")).bodyText().doesNotContain("Under embargo");

        // no scheduler has run: the page itself knows the moment has passed
        clock.advance(Duration.ofMinutes(2));
        assertThat(get("/")).bodyText().contains("Under embargo");
        assertThat(get("/news/under-embargo")).hasStatusOk();
    }

    @Test
    void showsASecondScheduledReleaseAtItsTimeWhileTheFirstAwaitsTheScheduler() {
        fixtures.scheduled("first-due", "First due", NOW.plus(Duration.ofMinutes(1)));
        fixtures.scheduled("second-due", "Second due", NOW.plus(Duration.ofMinutes(2)));

        clock.advance(Duration.ofSeconds(90));
        assertThat(get("/")).bodyText().contains("First due").doesNotContain("Second due");
        assertThat(get("/")).bodyText().doesNotContain("Second due");

        // neither is recorded as published yet (no scheduler runs here): the second shows at its own time
        clock.advance(Duration.ofSeconds(40));
        assertThat(get("/")).bodyText().contains("First due", "Second due");
    }

    @Test
    void neverServesATrashedOrDraftReleaseFromMemory() {
        assertThat(get("/news/award-won")).hasStatusOk();
        assertThat(get("/news/award-won")).hasHeader("X-Page-Cache", "hit");

        jdbc.update("update press_release set status = 'TRASHED' where slug = 'award-won'");

        assertThat(mvc.get().uri("/news/award-won").exchange()).hasStatus(404)
                .hasHeader(HttpHeaders.CACHE_CONTROL, PublicPageFilter.PRIVATE);
        assertThat(get("/")).bodyText().doesNotContain("Award won");

        fixtures.savedDraft("a-draft", "A draft");
        assertThat(mvc.get().uri("/news/a-draft").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/news/a-draft").exchange()).hasStatus(404).doesNotContainHeader("X-Page-Cache");
    }

    @Test
    void showsChangedCategoriesAndSettingsAtOnce() {
        get("/");
        jdbc.update("update category set name = 'Partnerships' where slug = 'news'");
        try {
            assertThat(get("/")).doesNotContainHeader("X-Page-Cache").bodyText().contains("Partnerships");
        } finally {
            // the other tests, on the same database, choose "News" by its name
            jdbc.update("update category set name = 'News' where slug = 'news'");
        }
    }

    @Test
    void keepsFormsStaffPagesAndPreviewsPrivate() {
        assertThat(mvc.get().uri("/contact").exchange()).hasHeader(HttpHeaders.CACHE_CONTROL, PublicPageFilter.PRIVATE);
        assertThat(mvc.get().uri("/alerts").exchange()).hasHeader(HttpHeaders.CACHE_CONTROL, PublicPageFilter.PRIVATE);
        assertThat(mvc.get().uri("/news/preview/not-a-token").exchange())
                .hasHeader(HttpHeaders.CACHE_CONTROL, PublicPageFilter.PRIVATE);

        get("/");
        staff.forgetFailedSignIns();
        var editor = staff.editor();
        var signedIn = mvc.post().uri("/admin/login").with(csrf())
                .param("email", editor.getUsername()).param("password", StaffFixtures.PASSWORD).exchange();
        assertThat(signedIn).hasStatus(302).hasHeader(HttpHeaders.LOCATION, "/admin");
        var session = signedIn.getResponse().getCookie("JSESSIONID");
        assertThat(session).isNotNull();

        var seenByStaff = mvc.get().uri("/").cookie(session).exchange();
        assertThat(seenByStaff).hasStatusOk().hasHeader(HttpHeaders.CACHE_CONTROL, PublicPageFilter.PRIVATE)
                .doesNotContainHeader(HttpHeaders.ETAG).doesNotContainHeader("X-Page-Cache");
    }

    @Test
    void storesNothingForQueryParametersAPageDoesNotKnow() {
        get("/?utm_source=newsletter");
        assertThat(get("/?utm_source=newsletter")).hasStatusOk().doesNotContainHeader("X-Page-Cache");
        get("/?page=1");
        assertThat(get("/?page=1")).hasHeader("X-Page-Cache", "hit");
    }

    @Test
    void aStormOfDistinctSearchesLeavesTheHomePageInMemory() {
        get("/");
        for (int i = 0; i < 400; i++) {
            get("/search?q=anatomy+" + i);
        }
        assertThat(get("/")).hasHeader("X-Page-Cache", "hit");
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).exchange();
    }
}
