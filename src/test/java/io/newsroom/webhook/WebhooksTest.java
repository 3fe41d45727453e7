package io.newsroom.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.newsroom.HttpUser;
import io.newsroom.NewsroomTest;
import io.newsroom.account.Staff;
import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.account.tokens.AccessTokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Webhooks as a receiver sees them: signed deliveries it can verify, retried with backoff until it
 * answers, made in the transaction of the change, and never sent to a private address.
 */
class WebhooksTest extends NewsroomTest {

    @Autowired
    Webhooks webhooks;

    @Autowired
    WebhookSender sender;

    @Autowired
    DeliveryQueue queue;

    @Autowired
    WebhookProperties properties;

    @Autowired
    AccessTokens tokens;

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private Staff admin;

    @BeforeEach
    void noEndpoints() {
        jdbc.update("delete from webhook_endpoint");
        admin = staff.admin();
    }

    @Test
    void anAdminRegistersAnEndpointAndItsReceiverVerifiesTheSignedDeliveryOfAPublishedRelease() throws Exception {
        try (var receiver = new Receiver()) {
            var browser = new HttpUser(port);
            browser.signIn(admin.email(), StaffFixtures.PASSWORD);
            var registered = browser.submit("/admin/webhooks", "/admin/webhooks", Map.of("url", receiver.url(),
                    "description", "Wire service", "events", "RELEASE_PUBLISHED"));
            assertThat(registered.location()).startsWith("/admin/webhooks/");
            var page = browser.get(registered.location()).html();
            String secret = page.selectFirst("#new-secret").val();
            assertThat(secret).startsWith("whsec_");
            assertThat(browser.get(registered.location()).html().selectFirst("#new-secret")).as("shown once").isNull();

            String token = tokens.create(staff.editor(), "Publisher", AccessTokens.Scope.WRITE, Duration.ofDays(1));
            publishThroughTheApi(token, "A lab in Boston");

            // the sender's own thread delivers to the receiver (an HTTP server): polled
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 1);
            var delivery = receiver.received().get(0);
            String id = delivery.headers().get("webhook-id");
            String timestamp = delivery.headers().get("webhook-timestamp");
            assertThat(delivery.headers().get("webhook-signature"))
                    .as("HMAC-SHA256 over id.timestamp.body with the secret shown once")
                    .isEqualTo("v1," + hmac(secret, id + "." + timestamp + "." + delivery.body()));
            assertThat(Long.parseLong(timestamp)).isEqualTo(clock.instant().getEpochSecond());
            var body = json.readTree(delivery.body());
            assertThat(body.get("type").asString()).isEqualTo("release.published");
            assertThat(body.get("data").get("slug").asString()).isEqualTo("a-lab-in-boston");
            assertThat(body.get("data").get("url").asString()).endsWith("/news/a-lab-in-boston");

            // the sender's own thread delivers to the receiver (an HTTP server): polled
            await().atMost(Duration.ofSeconds(5)).until(() -> browser.get(registered.location()).html()
                    .select("tbody tr td").eachText().containsAll(List.of("Delivered", "204")));
            assertThat(jdbc.queryForList("select action from audit_event where target = ?", String.class, receiver.url()))
                    .contains("webhook.registered");
        }
    }

    /**
     * Driven by the test, not by the sender's thread: each round runs when the test says, at the
     * time the test's clock shows, so "not due yet" is a fact, not a wait.
     */
    @Test
    void retriesAReceiverThatFailsTwiceWithALongerWaitEachTimeThenRecordsTheDelivery() throws Exception {
        try (var receiver = new Receiver(500, 503)) {
            var endpoint = register(receiver.url(), Set.of(WebhookEvent.RELEASE_PUBLISHED), false);
            sender.stop();
            try {
                webhooks.ping(endpoint);

                assertThat(sender.sendDue()).isEqualTo(1);
                assertThat(receiver.received()).hasSize(1);
                assertThat(lastStatus()).isEqualTo("500");
                clock.advance(Duration.ofSeconds(29));
                assertThat(sender.sendDue()).as("nothing is due yet").isZero();
                assertThat(receiver.received()).hasSize(1);

                clock.advance(Duration.ofSeconds(2));
                assertThat(sender.sendDue()).isEqualTo(1);
                assertThat(lastStatus()).isEqualTo("503");
                assertThat(properties.waitAfter(2)).as("four times the first wait").isEqualTo(Duration.ofMinutes(2));
                clock.advance(Duration.ofMinutes(2).minusSeconds(1));
                assertThat(sender.sendDue()).as("nothing is due yet").isZero();
                clock.advance(Duration.ofSeconds(1));
                assertThat(sender.sendDue()).isEqualTo(1);

                assertThat(jdbc.queryForObject("select status from webhook_delivery", String.class)).isEqualTo("DELIVERED");
                assertThat(jdbc.queryForObject("select attempts from webhook_delivery", Integer.class)).isEqualTo(3);
                assertThat(receiver.received()).hasSize(3);
                assertThat(receiver.received().stream().map(r -> r.headers().get("webhook-id")).distinct())
                        .as("one message, sent three times under the same id").hasSize(1);
            } finally {
                sender.start();
            }
        }
    }

    @Test
    void aDeliveryThatRanOutOfAttemptsCanBeSentAgainByHand() throws Exception {
        try (var receiver = new Receiver()) {
            var endpoint = register(receiver.url(), Set.of(WebhookEvent.RELEASE_PUBLISHED), false);
            webhooks.ping(endpoint);
            // the sender's own thread delivers to the receiver (an HTTP server): polled
            await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(
                    jdbc.queryForObject("select status from webhook_delivery", String.class)));
            long deliveryId = jdbc.queryForObject("select id from webhook_delivery", Long.class);
            // as if it had run out of attempts
            jdbc.update("update webhook_delivery set status = 'FAILED', last_error = 'gone'");

            var browser = new HttpUser(port);
            browser.signIn(admin.email(), StaffFixtures.PASSWORD);
            String page = "/admin/webhooks/" + endpoint.id();
            assertThat(browser.get(page).html().select("#delivery-" + deliveryId + " td").eachText())
                    .contains("Failed; no further attempt", "gone");
            var sent = browser.submit(page, page + "/deliveries/" + deliveryId + "/redeliver", Map.of());
            assertThat(sent.location()).isEqualTo(page);

            // the sender's own thread delivers to the receiver (an HTTP server): polled
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 2);
            await().atMost(Duration.ofSeconds(5)).until(() -> "DELIVERED".equals(
                    jdbc.queryForObject("select status from webhook_delivery", String.class)));
        }
    }

    @Test
    void theLogKeepsDeliveredMessagesForThirtyDaysAndFailedOnesUntilTheyAreSent() throws Exception {
        var endpoint = register("https://203.0.113.30/hook", Set.of(WebhookEvent.RELEASE_PUBLISHED), false);
        sender.stop();
        try {
            webhooks.ping(endpoint);
            webhooks.ping(endpoint);
            jdbc.update("update webhook_delivery set status = 'DELIVERED', delivered_at = ? where id = (select min(id) from webhook_delivery)",
                    java.sql.Timestamp.from(clock.instant()));
            jdbc.update("update webhook_delivery set status = 'FAILED' where status = 'PENDING'");
            clock.advance(Duration.ofDays(31));

            assertThat(queue.forgetOldDeliveries()).isEqualTo(1);
            assertThat(jdbc.queryForList("select status from webhook_delivery", String.class)).containsExactly("FAILED");
        } finally {
            sender.start();
        }
    }

    @Test
    void registersAVeryLongAddressAndAuditsItCut() {
        String url = "https://203.0.113.40/" + "a".repeat(1_950);
        var browser = new HttpUser(port);
        browser.signIn(admin.email(), StaffFixtures.PASSWORD);

        var registered = browser.submit("/admin/webhooks", "/admin/webhooks", Map.of("url", url, "events", "RELEASE_PUBLISHED"));

        assertThat(registered.status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select url from webhook_endpoint", String.class)).isEqualTo(url);
        assertThat(jdbc.queryForObject("select length(target) from audit_event where action = 'webhook.registered'"
                + " order by id desc limit 1", Integer.class)).isEqualTo(300);
    }

    @Test
    void refusesToRegisterPrivateAndLocalAddresses() {
        var browser = new HttpUser(port);
        browser.signIn(admin.email(), StaffFixtures.PASSWORD);

        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/hook",
                "http://[::1]:8080/hook", "http://[::ffff:192.168.1.1]/hook", "http://0.0.0.0/hook",
                "http://[2002:7f00:1::]/hook", "http://[2002:c0a8:101::1]/hook", "http://[64:ff9b::a00:5]/hook",
                "http://[2001:0:4136:e378:8000:63bf:f5ff:fefe]/hook",
                "http://user:pass@hooks.example/", "ftp://hooks.example/", "https://no-such-host.invalid/hook")) {
            var refused = browser.submit("/admin/webhooks", "/admin/webhooks", Map.of("url", url,
                    "events", "RELEASE_PUBLISHED"));
            assertThat(refused.status()).as(url).isEqualTo(200);
            assertThat(refused.html().selectFirst("#url-error")).as(url).isNotNull();
        }
        assertThat(jdbc.queryForObject("select count(*) from webhook_endpoint", Long.class)).isZero();
        var none = browser.submit("/admin/webhooks", "/admin/webhooks", Map.of("url", "https://hooks.example/"));
        assertThat(none.html().selectFirst("#events-error").text()).isEqualTo("Choose at least one event.");
    }

    @Test
    void neverConnectsToAHostNameThatResolvesToLoopbackUnlessItsNetworkIsAllowed() throws Exception {
        var strict = new Destinations(new WebhookProperties(List.of(), Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofHours(1), 3));
        assertThatThrownBy(() -> strict.resolve("localhost")).hasMessageContaining("localhost resolves to 127.0.0.1");
        assertThat(strict.problemWith("http://localhost:8080/hook")).get().extracting(Destinations.Problem::messageKey)
                .isEqualTo("webhooks.url.private");

        try (var receiver = new Receiver()) {
            var endpoint = register("http://localhost:" + receiver.port() + "/hook", Set.of(WebhookEvent.RELEASE_PUBLISHED), false);
            sender.stop(); // the shared sender allows 127.0.0.0/8 for the other tests
            try {
                webhooks.ping(endpoint);
                var strictSender = new WebhookSender(queue, properties, strict, clock);
                assertThat(strictSender.sendDue()).isEqualTo(1);
            } finally {
                sender.start();
            }
            assertThat(receiver.received()).as("no connection was made").isEmpty();
            assertThat(jdbc.queryForObject("select last_error from webhook_delivery", String.class))
                    .contains("localhost resolves to 127.0.0.1, which is not a public address");
        }
    }

    @Test
    void tellsOfUpdatesUnpublishingAndInquiriesWithPersonalDataOnlyWhereAsked() throws Exception {
        register("https://203.0.113.10/releases", Set.of(WebhookEvent.RELEASE_UPDATED, WebhookEvent.RELEASE_UNPUBLISHED), false);
        register("https://203.0.113.11/plain", Set.of(WebhookEvent.INQUIRY_RECEIVED), false);
        register("https://203.0.113.12/crm", Set.of(WebhookEvent.INQUIRY_RECEIVED), true);
        sender.stop(); // these addresses lead nowhere; the payloads are what is checked
        try {
            String token = tokens.create(staff.editor(), "Publisher", AccessTokens.Scope.WRITE, Duration.ofDays(1));
            String location = publishThroughTheApi(token, "A lab in Boston");
            var etag = mvc.get().uri(location).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                    .getResponse().getHeader(HttpHeaders.ETAG);
            var updated = mvc.put().uri(location).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON)
                    .content(release("A lab in Boston").replace("A new lab.", "A new research lab.")).exchange();
            assertThat(updated).hasStatusOk();
            assertThat(mvc.post().uri(location + "/unpublish").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .header(HttpHeaders.IF_MATCH, updated.getResponse().getHeader(HttpHeaders.ETAG)).exchange()).hasStatusOk();

            assertThat(payloads("https://203.0.113.10/releases").stream().map(p -> p.get("type").asString()))
                    .containsExactly("release.updated", "release.unpublished");
            assertThat(payloads("https://203.0.113.10/releases").get(0).get("data").get("summary").asString())
                    .isEqualTo("A new research lab.");

            var visitor = new HttpUser(port);
            var form = visitor.get("/contact").html();
            clock.advance(Duration.ofSeconds(30));
            var fields = new LinkedHashMap<String, String>();
            fields.put("_csrf", form.selectFirst("input[name=_csrf]").val());
            fields.put("token", form.selectFirst("#token").val());
            fields.putAll(Map.of("name", "Jiwoo Kim", "email", "jiwoo@press.example", "organization", "Korea Daily",
                    "topic", "INTERVIEW", "message", "May we speak to your CEO?", "consent", "true", "website", ""));
            assertThat(visitor.post("/contact", fields).status()).isEqualTo(302);

            var plain = payloads("https://203.0.113.11/plain");
            assertThat(plain).hasSize(1);
            assertThat(plain.get(0).get("data").get("reference").asString()).startsWith("INQ-");
            assertThat(plain.get(0).get("data").get("topic").asString()).isEqualTo("INTERVIEW");
            assertThat(plain.get(0).toString()).doesNotContain("jiwoo@press.example", "Jiwoo Kim", "CEO");
            var crm = payloads("https://203.0.113.12/crm").get(0).get("data");
            assertThat(crm.get("email").asString()).isEqualTo("jiwoo@press.example");
            assertThat(crm.get("message").asString()).isEqualTo("May we speak to your CEO?");
        } finally {
            sender.start();
        }
    }

    private Webhooks.Endpoint register(String url, Set<WebhookEvent> events, boolean personalData) {
        var registered = webhooks.register(new WebhookForm(url, "", events, personalData), admin);
        return webhooks.endpoint(registered.id()).orElseThrow();
    }

    private String lastStatus() {
        return jdbc.queryForObject("select cast(last_status as varchar(5)) from webhook_delivery", String.class);
    }

    private List<JsonNode> payloads(String url) {
        return jdbc.queryForList("select d.payload from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id"
                + " where e.url = ? order by d.id", String.class, url).stream().map(json::readTree).toList();
    }

    private static String release(String title) {
        return """
                {"title": "%s", "category": "news", "summary": "A new lab.", "body": "It opens in spring."}""".formatted(title);
    }

    /** Creates and publishes a release with the staff API; answers its address there. */
    private String publishThroughTheApi(String token, String title) {
        var created = mvc.post().uri("/api/v1/staff/releases").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(release(title)).exchange();
        assertThat(created).hasStatus(201);
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(mvc.post().uri(location + "/publish").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.IF_MATCH, created.getResponse().getHeader(HttpHeaders.ETAG)).exchange()).hasStatusOk();
        return location;
    }

    private static String hmac(String secret, String content) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
