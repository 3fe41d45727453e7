package io.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroom.IntegrationTest;
import io.newsroom.RawHttp;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whatever a visitor, a scanner or a broken link sends, the answer is a page in the site's layout
 * with a sane status: never a 500, a stack trace, a Whitelabel page or the container's own page.
 * Sent over a real socket, so that the servlet container's own refusals are covered too.
 */
@IntegrationTest
class BadRequestsTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /news/no-such-release                  | 404
            /news/UPPER-case                       | 404
            /news/dots..and..dots                  | 404
            /news/%E2%98%83-snowman                | 404
            /news/%3Cscript%3Ealert(1)%3C%2Fscript | 400
            /news?page=abc                         | 400
            /news?page=1.5                         | 400
            /news?page=99999999999999999999        | 400
            /news?page=999999                      | 404
            /news?page=-1                          | 200
            /news?page=0                           | 200
            /news?year=abc                         | 400
            /news?year=99999                       | 400
            /news?year=-2023                       | 400
            /news?year=1899                        | 400
            /news?category=no-such-category        | 404
            /news?category=%00                     | 404
            /news?category=%27%20or%201=1--        | 404
            /news/%                                | 400
            /news/%zz                              | 400
            /news/%ff%fe%fd                        | 400
            /news/%00                              | 400
            /news/a%2Fb                            | 400
            /news/..%2F..%2Fetc%2Fpasswd           | 400
            /news/%2e%2e/%2e%2e/etc/passwd         | 400
            /no/such/page                          | 404
            /news/a/b/c                            | 404
            /assets/css/no-such.css                | 404
            /css/site.css                          | 404
            """)
    void answersWithAPageInTheLayout(String target, int status) {
        var response = RawHttp.get(port, target);

        assertThat(response.status()).as(target).isEqualTo(status);
        assertIsASitePage(response);
    }

    @Test
    void answersAVeryLongSlugWithNotFound() {
        var response = RawHttp.get(port, "/news/" + "a".repeat(2_000));

        assertThat(response.status()).isEqualTo(404);
        assertIsASitePage(response);
    }

    @Test
    void answersAnAddressLongerThanTheServerTakesWithAPage() {
        var response = RawHttp.get(port, "/news/" + "a".repeat(20_000));

        assertThat(response.status()).isBetween(400, 431);
        assertIsASitePage(response);
    }

    @Test
    void answersAHundredKilobyteAddressWithAPage() {
        var response = RawHttp.get(port, "/media/" + "..%2f".repeat(20_000));

        assertThat(response.status()).isBetween(400, 431);
        assertIsASitePage(response);
    }

    /** Also where Tomcat answers by itself: the same headers as every other page. */
    private static void assertIsASitePage(RawHttp.Response response) {
        assertThat(response.headers()).containsIgnoringCase("Content-Type: text/html")
                .contains("Content-Security-Policy: default-src 'self';", "frame-ancestors 'none'",
                        "X-Frame-Options: DENY", "X-Content-Type-Options: nosniff", "Permissions-Policy: accelerometer=(), camera=()");
        var page = Jsoup.parse(response.body());
        assertThat(page.title()).endsWith("MEDICAL IP Newsroom");
        assertThat(page.select("header.site-header .brand").text()).contains("MEDICAL IP");
        assertThat(page.select("main h1").text()).isNotBlank();
        assertThat(response.body()).doesNotContain("Whitelabel", "Exception", "at org.", "at io.newsroom",
                "Apache Tomcat", "HTTP Status");
    }
}
