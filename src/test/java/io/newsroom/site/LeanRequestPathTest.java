package io.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;


import jakarta.servlet.http.Cookie;

import io.newsroom.IntegrationTest;
import io.newsroom.RecordedStatements;
import io.newsroom.release.model.ReleaseFixtures;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.filter.RequestContextFilter;

/**
 * What a request costs beside its page: a visitor without a session cookie costs no session
 * lookup, public files (robots.txt, feeds, assets) none even for staff, a stored page no statement and no request observation, Spring Security's filters are not
 * observed one by one, and nobody's Accept-Language is parsed for nothing. Every statement run on the request's thread (MockMvc runs it on the
 * test's) is recorded, Spring Session's included.
 */
@IntegrationTest
@Import(RecordedStatements.class)
class LeanRequestPathTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void aNewsroomWithOneRelease() {
        fixtures.clear();
        fixtures.published("lean-path", "A release", Instant.parse("2026-11-01T00:00:00Z"));
        RecordedStatements.clear();
    }

    @Test
    void aVisitorWithoutASessionCookieCostsNoSessionLookup() {
        assertThat(mvc.get().uri("/news").exchange()).hasStatusOk();
        assertThat(RecordedStatements.sql()).noneMatch(LeanRequestPathTest::sessionLookup);

        // the recorder does see one where a cookie names a session
        assertThat(mvc.get().uri("/news").cookie(new Cookie("JSESSIONID", "nobody")).exchange()).hasStatusOk();
        assertThat(RecordedStatements.sql()).anyMatch(LeanRequestPathTest::sessionLookup);
    }

    @Test
    void publicFilesCostNoSessionLookupEvenForStaffYetKeepTheSecurityHeaders() {
        for (String file : List.of("/robots.txt", "/feed.atom", "/ko/feed.rss", "/sitemap.xml", "/assets/css/site.css")) {
            var read = mvc.get().uri(file).cookie(new Cookie("JSESSIONID", "a-member-of-staff")).exchange();

            assertThat(read).as(file).hasStatusOk()
                    .hasHeader("X-Frame-Options", "DENY")
                    .hasHeader("X-Content-Type-Options", "nosniff")
                    .containsHeader("Content-Security-Policy")
                    .containsHeader("Referrer-Policy")
                    .containsHeader("Permissions-Policy");
            assertThat(read.getResponse().getCookies()).as(file).isEmpty();
        }
        assertThat(RecordedStatements.sql()).noneMatch(LeanRequestPathTest::sessionLookup);
    }

    @Test
    void anythingButReadingAPublicFileGoesThroughTheWholeChain() {
        // a post has no CSRF token: the full chain refuses it, as it would anywhere else
        assertThat(mvc.post().uri("/feed.atom").exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/robots.txt").cookie(new Cookie("JSESSIONID", "nobody")).exchange()).hasStatus(403);
        assertThat(RecordedStatements.sql()).anyMatch(LeanRequestPathTest::sessionLookup);
    }

    @Test
    void aStoredPageCostsNoStatementAndNoRequestObservation() {
        assertThat(mvc.get().uri("/").exchange()).hasStatusOk().doesNotContainHeader("X-Page-Cache");
        long rendered = observedRequests();
        assertThat(rendered).as("a rendered page is observed").isPositive();
        RecordedStatements.clear();

        var stored = mvc.get().uri("/").exchange();

        assertThat(stored).hasStatusOk().hasHeader("X-Page-Cache", "hit");
        // the content version is read at most once a second, by whichever request comes
        assertThat(RecordedStatements.sql()).allMatch(sql -> sql.contains("content_version"));
        assertThat(observedRequests()).as("no observation of a stored page").isEqualTo(rendered);
    }

    @Test
    void securityFiltersAreNotObservedOneByOne() {
        mvc.get().uri("/").exchange();
        mvc.get().uri("/admin/login").exchange();

        assertThat(meters.find("spring.security.filterchains").meters()).isEmpty();
        assertThat(meters.find("spring.security.http.secured.requests").meters()).isEmpty();
        assertThat(observedRequests()).isPositive();
    }

    @Test
    void noRequestParsesTheBrowsersLanguageForNothing() {
        // Spring Boot's request-context filter would read request.getLocale() (Tomcat parses
        // Accept-Language) on every request; the newsroom's takes the language from the address
        assertThat(context.getBeansOfType(RequestContextFilter.class).values())
                .singleElement().isInstanceOf(RequestContextWithoutBrowserLocale.class);

        var page = mvc.get().uri("/").header("Accept-Language", "ko-KR,ko;q=0.9").exchange();

        assertThat(page).hasStatusOk().bodyText().contains("<html lang=\"en\"");
    }

    @Test
    void aReleasePageAndItsHeadersFitTheSocketBufferSoTheyLeaveInOneWrite(@Autowired ServletWebServerApplicationContext server) {
        var connector = ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector();
        // Tomcat's default is 8 KiB: the demo's release pages (12 KiB with their headers) left in two writes
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString(String.valueOf(32 * 1024));
    }

    private long observedRequests() {
        return meters.find("http.server.requests").timers().stream().mapToLong(Timer::count).sum();
    }

    private static boolean sessionLookup(String sql) {
        return sql.toLowerCase().contains("spring_session");
    }
}
