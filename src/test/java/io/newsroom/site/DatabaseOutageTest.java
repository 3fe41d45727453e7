package io.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.newsroom.HttpUser;
import io.newsroom.NewsroomApplication;
import io.newsroom.RawHttp;
import io.newsroom.TcpProxy;
import io.newsroom.account.staff.StaffFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL goes away under a running app (through a proxy the test cuts): visitors get a quick
 * 503 in the site's layout, pages built from the cached settings still work, the contact form says
 * plainly that nothing was received and keeps the text, and the app recovers by itself.
 */
class DatabaseOutageTest {

    @Test
    void answersServiceUnavailableQuicklyAndRecoversWhenTheDatabaseReturns() {
        var target = testDatabase();
        try (var proxy = new TcpProxy(target.getHost(), target.getPort());
             var app = startBehind(proxy, target, "--newsroom.contact.minimum-fill-time=PT0S")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(RawHttp.get(port, "/").status()).isEqualTo(200);
            assertThat(RawHttp.get(port, "/").headers()).contains("X-Page-Cache: hit");
            var journalist = new HttpUser(port);
            var form = journalist.get("/contact").html();

            proxy.cut();

            // a page already in memory is still served, for this visitor only
            var remembered = RawHttp.get(port, "/");
            assertThat(remembered.status()).isEqualTo(200);
            assertThat(remembered.headers()).contains("X-Page-Cache: stale", "Cache-Control: private, no-store");
            for (String path : new String[] {"/news?page=2", "/news/no-such-release", "/news/some-release.pdf"}) {
                var response = RawHttp.get(port, path); // gives up after 10 s
                assertThat(response.status()).as(path).isEqualTo(503);
                assertThat(response.headers()).as(path).contains("Retry-After: 30");
                assertThat(response.body()).as(path).contains("The newsroom is briefly unavailable")
                        .doesNotContain("Exception");
            }
            assertThat(RawHttp.get(port, "/privacy").status()).isEqualTo(200);
            assertThat(RawHttp.get(port, "/contact").status()).isEqualTo(200);
            var sent = journalist.post("/contact", Map.of("_csrf", form.selectFirst("input[name=_csrf]").val(),
                    "token", form.selectFirst("#token").val(), "name", "Jiwoo Kim", "email", "jiwoo@press.example",
                    "organization", "Korea Daily", "topic", "OTHER", "message", "My question, word for word.",
                    "consent", "true", "website", ""));
            assertThat(sent.status()).isEqualTo(503);
            assertThat(sent.html().selectFirst(".problem").text()).startsWith("Your question was NOT received");
            assertThat(sent.html().selectFirst("#message").text()).isEqualTo("My question, word for word.");

            proxy.restore();

            // the other instance, behind the proxy, finds its database again on its own: polled
            await().atMost(Duration.ofSeconds(15)).until(() -> RawHttp.get(port, "/news?page=2").status() == 404);
        }
    }

    @Test
    void aStaffSessionGetsTheQuick503TooAndAnAdminVisitCreatesNoSession() {
        var target = testDatabase();
        try (var proxy = new TcpProxy(target.getHost(), target.getPort());
             var app = startBehind(proxy, target)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var jdbc = app.getBean(JdbcTemplate.class);
            int sessions = jdbc.queryForObject("select count(*) from spring_session", Integer.class);
            var visitor = RawHttp.get(port, "/admin/releases");
            assertThat(visitor.status()).isEqualTo(302);
            assertThat(visitor.headers()).doesNotContain("JSESSIONID");
            assertThat(RawHttp.get(port, "/admin/login").headers()).doesNotContain("JSESSIONID");
            assertThat(jdbc.queryForObject("select count(*) from spring_session", Integer.class))
                    .as("an anonymous admin visit creates no session row").isEqualTo(sessions);

            var editor = app.getBean(StaffFixtures.class).editor();
            var staff = new HttpUser(port);
            staff.signIn(editor.email(), StaffFixtures.PASSWORD);
            String cookie = "Cookie: JSESSIONID=" + staff.sessionId();
            assertThat(RawHttp.get(port, "/admin", cookie).status()).isEqualTo(200);

            proxy.cut();

            // one pool wait (2 s) for the first, none for the next: not three lookups and a 500
            for (String path : new String[] {"/admin", "/admin/releases", "/"}) {
                long start = System.nanoTime();
                var response = RawHttp.get(port, path, cookie);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertThat(response.status()).as(path).isEqualTo(503);
                assertThat(response.headers()).as(path).contains("Retry-After: 30", "Content-Security-Policy");
                assertThat(response.body()).as(path).contains("The newsroom is briefly unavailable")
                        .doesNotContain("Exception");
                assertThat(millis).as(path + " answered within one pool wait, not three").isLessThan(5_000);
            }

            proxy.restore();

            // the other instance, behind the proxy, finds its database again on its own: polled
            await().atMost(Duration.ofSeconds(15)).until(() -> RawHttp.get(port, "/admin", cookie).status() == 200);
        }
    }

    /** The PostgreSQL of TEST_DATABASE_URL; the test is skipped without one (CI sets it). */
    private static URI testDatabase() {
        String url = System.getenv("TEST_DATABASE_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql://"),
                "needs the PostgreSQL of TEST_DATABASE_URL to put a proxy in front of; CI sets it");
        return URI.create(url.substring("jdbc:".length()));
    }

    /** An instance whose database connections all go through the proxy the test can cut. */
    private static ConfigurableApplicationContext startBehind(TcpProxy proxy, URI database, String... more) {
        var args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--newsroom.warm-up.duration=0s",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + database.getPath(),
                "--spring.datasource.username=" + env("TEST_DATABASE_USERNAME", "postgres"),
                "--spring.datasource.password=" + env("TEST_DATABASE_PASSWORD", ""),
                "--newsroom.demo-content=false", "--newsroom.media.directory=target/test-media",
                "--newsroom.scheduler-interval=PT1H", "--newsroom.mail.poll-interval=PT1H",
                "--newsroom.analytics.flush-interval=PT1H",
                "--newsroom.page-cache.check-interval=PT0S"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(NewsroomApplication.class).run(args.toArray(String[]::new));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
