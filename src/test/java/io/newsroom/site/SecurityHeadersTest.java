package io.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.sql.DataSource;

import io.newsroom.IntegrationTest;
import io.newsroom.OtherInstance;
import io.newsroom.RawHttp;
import io.newsroom.account.staff.StaffFixtures;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every response, public pages and errors included, carries the security headers and no version banner. */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffFixtures staff;

    @Autowired
    DataSource dataSource;

    @Test
    void sendsTheSecurityHeadersOnEveryKindOfResponse() {
        for (String path : List.of("/", "/news/no-such-release", "/admin/login", "/admin", "/news?page=abc",
                "/api/v1/staff/releases/1", "/search?q=%ff", "/news/x%2e%2e", "/news/a;b")) {
            String headers = RawHttp.get(port, path).headers();

            assertThat(headers).as(path)
                    .containsPattern("Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}';")
                    .doesNotContain("'unsafe-inline'")
                    .contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'")
                    .contains("X-Content-Type-Options: nosniff")
                    .contains("Referrer-Policy: strict-origin-when-cross-origin")
                    .contains("X-Frame-Options: DENY")
                    .contains("Permissions-Policy: accelerometer=(), camera=(), geolocation=()")
                    .doesNotContainIgnoringCase("Server: ")
                    .doesNotContainIgnoringCase("X-Powered-By");
        }
    }

    /** On an instance of its own: MockMvc's {@code csrf()} rewires the CSRF filter of the shared test context. */
    @Test
    void keepsTheCsrfAndSessionCookiesAwayFromScriptsAndOtherSites() {
        staff.forgetFailedSignIns();
        var editor = staff.editor();
        try (var instance = OtherInstance.start(dataSource)) {
            int at = OtherInstance.port(instance);
            var login = RawHttp.get(at, "/admin/login");
            assertThat(login.headers()).as("a form's token travels in a cookie, not a session")
                    .containsPattern("Set-Cookie: XSRF-TOKEN=[^;]+; Path=/; HttpOnly; SameSite=Lax")
                    .doesNotContain("JSESSIONID");

            var cookie = login.headers().replaceAll("(?s).*Set-Cookie: (XSRF-TOKEN=[^;]+);.*", "$1");
            var token = Jsoup.parse(login.body()).selectFirst("input[name=_csrf]").val();
            String form = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&email="
                    + URLEncoder.encode(editor.email(), StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(StaffFixtures.PASSWORD, StandardCharsets.UTF_8);
            var signedIn = RawHttp.send(at, "POST /admin/login HTTP/1.0\r\nCookie: " + cookie
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                    + "\r\n\r\n", form.getBytes(StandardCharsets.US_ASCII));

            assertThat(signedIn.status()).isEqualTo(302);
            assertThat(signedIn.headers()).containsPattern("Set-Cookie: JSESSIONID=[^;]+; Path=/; HttpOnly; SameSite=Lax");
        }
    }

    @Test
    void servesAnIconWhereBrowsersAskForIt() {
        var icon = RawHttp.get(port, "/favicon.ico");

        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.headers()).contains("Content-Type: image/x-icon", "Cache-Control: max-age=604800, public",
                "X-Content-Type-Options: nosniff");
        assertThat(icon.body()).startsWith("\0\0\1\0");
    }

    @Test
    void neverPutsInlineScriptOnAPage() {
        for (String path : List.of("/", "/admin/login", "/news/no-such-release")) {
            assertThat(RawHttp.get(port, path).body()).as(path + ": only scripts from files, and JSON-LD data")
                    .doesNotContainPattern("<script(?![^>]*(\\ssrc=|type=\"application/ld\\+json\"))[^>]*>");
        }
    }
}
