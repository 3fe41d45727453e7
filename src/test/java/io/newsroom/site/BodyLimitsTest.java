package io.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import io.newsroom.HttpUser;
import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.RawHttp;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Visitors cannot make the server read or store large bodies: each request below announces a large
 * body but sends only its first 256 kB, so it gets an answer only if the server refuses it without
 * waiting for the rest (Tomcat drains at most 64 kB of a refused body, then closes the connection).
 */
@IntegrationTest
class BodyLimitsTest {

    private static final byte[] FIRST_PART = "x".repeat(256 * 1024).getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Test
    void refusesAMultipartPostFromAVisitorBeforeReadingIt() {
        var response = post("/contact", "multipart/form-data; boundary=abc", "Content-Length: 104857600");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.body()).contains("MEDICAL IP");
    }

    @Test
    void refusesAPublicFormLargerThanAContactFormCanBe() {
        var response = post("/alerts", "application/x-www-form-urlencoded", "Content-Length: 1048576");

        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void refusesAVisitorsBodyOfUnknownLength() {
        var response = post("/admin/login", "application/x-www-form-urlencoded", "Transfer-Encoding: chunked");

        assertThat(response.status()).isEqualTo(411);
    }

    @Test
    void refusesAVisitorsLargeUploadToTheMediaLibrary() {
        var response = post("/admin/media", "multipart/form-data; boundary=abc", "Content-Length: 104857600");

        assertThat(response.status()).isEqualTo(415);
    }

    @Test
    void takesTheLongestContactFormThereIs() {
        var journalist = new HttpUser(port);
        var form = journalist.get("/contact").html();
        clock.advance(Duration.ofSeconds(5));

        var sent = journalist.post("/contact", Map.of("_csrf", form.selectFirst("input[name=_csrf]").val(),
                "token", form.selectFirst("#token").val(), "name", "김".repeat(100), "email", "long@press.example",
                "organization", "한".repeat(150), "topic", "OTHER", "message", "말".repeat(5000), "consent", "true",
                "website", ""));

        assertThat(sent.status()).as("5000 Korean characters are within the limit").isEqualTo(302);
        assertThat(sent.location()).startsWith("/contact/thanks");
    }

    private RawHttp.Response post(String path, String contentType, String lengthHeader) {
        return RawHttp.send(port, "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: "
                + contentType + "\r\n" + lengthHeader + "\r\n\r\n", FIRST_PART);
    }
}
