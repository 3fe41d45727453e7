package io.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;

import io.newsroom.HttpUser;
import io.newsroom.NewsroomApplication;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Behind a load balancer that is listed in {@code server.tomcat.remoteip.internal-proxies}, the
 * address it forwards is the visitor's: each of six journalists behind it has an allowance of
 * their own (unlisted peers are not trusted; see ContactFormTest and SignInTest).
 */
class TrustedProxyTest {

    @Test
    void countsEachForwardedAddressOnItsOwnBehindAConfiguredProxy() {
        try (var app = new SpringApplicationBuilder(NewsroomApplication.class).run("--server.port=0", "--management.server.port=0",
                "--newsroom.warm-up.duration=0s",
                "--spring.datasource.url=jdbc:h2:mem:trusted-proxy;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--newsroom.demo-content=false", "--newsroom.media.directory=target/test-media",
                "--newsroom.mail.poll-interval=PT1H", "--newsroom.contact.minimum-fill-time=PT0S",
                "--server.tomcat.remoteip.internal-proxies=127.0.0.1")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var statuses = new ArrayList<Integer>();
            for (int i = 1; i <= 6; i++) {
                var journalist = new HttpUser(port).header("X-Forwarded-For", "203.0.113." + i);
                var form = journalist.get("/contact").html();
                statuses.add(journalist.post("/contact", Map.of("_csrf", form.selectFirst("input[name=_csrf]").val(),
                        "token", form.selectFirst("#token").val(), "name", "Reporter " + i,
                        "email", "reporter" + i + "@press.example", "organization", "Korea Daily", "topic", "OTHER",
                        "message", "A question", "consent", "true", "website", "")).status());
            }

            assertThat(statuses).containsOnly(302);
        }
    }
}
