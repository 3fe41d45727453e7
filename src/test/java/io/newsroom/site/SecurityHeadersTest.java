package io.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.newsroom.IntegrationTest;
import io.newsroom.RawHttp;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every response, public pages and errors included, carries the security headers and no version banner. */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void sendsTheSecurityHeadersOnEveryKindOfResponse() {
        for (String path : List.of("/", "/news/no-such-release", "/admin/login", "/admin", "/news?page=abc")) {
            String headers = RawHttp.get(port, path).headers();

            assertThat(headers).as(path)
                    .contains("Content-Security-Policy: default-src 'self'; script-src 'self';")
                    .contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'")
                    .contains("X-Content-Type-Options: nosniff")
                    .contains("Referrer-Policy: strict-origin-when-cross-origin")
                    .contains("X-Frame-Options: DENY")
                    .contains("Permissions-Policy: accelerometer=(), camera=(), geolocation=()")
                    .doesNotContainIgnoringCase("Server: ")
                    .doesNotContainIgnoringCase("X-Powered-By");
        }
    }

    @Test
    void keepsTheSessionCookieAwayFromScriptsAndOtherSites() {
        String headers = RawHttp.get(port, "/admin/login").headers();

        assertThat(headers).containsPattern("Set-Cookie: JSESSIONID=[^;]+; Path=/; HttpOnly; SameSite=Lax");
    }

    @Test
    void neverPutsInlineScriptOnAPage() {
        for (String path : List.of("/", "/admin/login", "/news/no-such-release")) {
            assertThat(RawHttp.get(port, path).body()).as(path + ": only scripts from files, and JSON-LD data")
                    .doesNotContainPattern("<script(?![^>]*(\\ssrc=|type=\"application/ld\\+json\"))[^>]*>");
        }
    }
}
