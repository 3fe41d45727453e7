package io.newsroom.site;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new instance renders its busiest pages for a while before it says it is ready, so that the
 * first readers a load balancer sends it do not pay for a cold JIT compiler. Spring Boot reports
 * readiness ({@code /actuator/health/readiness}) only once the listeners of
 * {@link ApplicationReadyEvent} have returned, so the probe answers "ready" after this.
 * <p>
 * The requests go to the instance's own port on the loopback interface with a session cookie no
 * session has: the pages render in full (no stored copy is served to a cookie), and analytics counts
 * no reader for them (it never counts a request that carries the session cookie).
 * {@code newsroom.warm-up.duration=0} turns it off.
 */
@Component
class WarmUp {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
    private static final Pattern RELEASE_LINK = Pattern.compile("href=\"(/news/[a-z0-9-]+)\"");
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Safari/537.36 newsroom-warm-up";

    private final Duration duration;
    private final String sessionCookie;
    private volatile int rendered;
    private volatile long finishedAt;

    WarmUp(@Value("${newsroom.warm-up.duration:PT10S}") Duration duration,
           @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
        this.duration = duration;
        this.sessionCookie = sessionCookie;
    }

    @EventListener
    void beforeReadiness(ApplicationReadyEvent ready) {
        if (duration.isZero() || duration.isNegative()
                || !(ready.getApplicationContext() instanceof WebServerApplicationContext web)
                || web.getWebServer() == null || web.getWebServer().getPort() <= 0) {
            return;
        }
        long started = System.nanoTime();
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String base = "http://127.0.0.1:" + web.getWebServer().getPort();
        var pages = new ArrayList<>(List.of("/", "/news?page=2", "/feed.atom", "/search?q=news", "/robots.txt"));
        try {
            var list = get(client, base + "/");
            var release = RELEASE_LINK.matcher(list.body());
            if (release.find()) {
                pages.add(release.group(1));
            }
            long until = started + duration.toNanos();
            while (System.nanoTime() < until) {
                for (String page : pages) {
                    get(client, base + page);
                    rendered++;
                }
            }
            log.info("Warmed up: {} pages rendered in {} ms before accepting traffic", rendered,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException failure) {
            // a slow start is better than none: the instance serves, only colder
            log.warn("The warm-up stopped after {} pages: {}", rendered, failure.toString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        finishedAt = System.nanoTime();
    }

    /** Pages rendered by the warm-up of this start. */
    int rendered() {
        return rendered;
    }

    /** When the warm-up ended ({@link System#nanoTime()}), 0 before. */
    long finishedAt() {
        return finishedAt;
    }

    private HttpResponse<String> get(HttpClient client, String address) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(10))
                .header("User-Agent", BROWSER)
                .header("Accept-Language", "en")
                .header("Cookie", sessionCookie + "=warm-up")
                .GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
