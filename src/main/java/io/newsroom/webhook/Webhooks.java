package io.newsroom.webhook;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.newsroom.account.Staff;
import io.newsroom.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The endpoints ADMINs register, and the outbox of deliveries to them: an event becomes one
 * delivery row per endpoint that wants it, in the transaction of the change itself, so none is lost
 * and none is made for a change that was rolled back.
 */
@Service
class Webhooks {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String SECRET_PREFIX = "whsec_";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    Webhooks(JdbcClient jdbc, AuditLog audit, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public record Endpoint(long id, String url, String description, Set<WebhookEvent> events, boolean personalData,
                    Instant createdAt, String createdBy) {

        public boolean wants(WebhookEvent event) {
            return event == WebhookEvent.PING || events.contains(event);
        }
    }

    public record Delivery(long id, String messageId, String event, String status, int attempts, Instant nextAttemptAt,
                    Integer lastStatus, String lastError, Instant createdAt, Instant deliveredAt) {
    }

    /** Registers an endpoint and answers its signing secret: the only time it is shown. */
    @Transactional
    Registered register(WebhookForm form, Staff staff) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        String secret = SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into webhook_endpoint (url, description, events, personal_data, secret,"
                        + " created_at, created_by) values (:url, :description, :events, :personal, :secret, :now, :by)")
                .param("url", form.url().strip()).param("description", form.description().strip())
                .param("events", form.events().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("personal", form.personalData()).param("secret", secret)
                .param("now", Timestamp.from(clock.instant())).param("by", staff.email())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(staff.actor(), "webhook.registered", form.url().strip());
        return new Registered(id, secret);
    }

    record Registered(long id, String secret) {
    }

    List<Endpoint> endpoints() {
        return jdbc.sql("select id, url, description, events, personal_data, created_at, created_by"
                + " from webhook_endpoint order by id").query(Webhooks::endpoint).list();
    }

    Optional<Endpoint> endpoint(long id) {
        return jdbc.sql("select id, url, description, events, personal_data, created_at, created_by"
                + " from webhook_endpoint where id = :id").param("id", id).query(Webhooks::endpoint).optional();
    }

    /** Removes an endpoint with its delivery log; nothing more goes to it. */
    @Transactional
    boolean remove(long id, Staff staff) {
        var endpoint = endpoint(id);
        endpoint.ifPresent(e -> {
            jdbc.sql("delete from webhook_endpoint where id = :id").param("id", id).update();
            audit.record(staff.actor(), "webhook.removed", e.url());
        });
        return endpoint.isPresent();
    }

    /** The latest deliveries to an endpoint, newest first. */
    List<Delivery> deliveries(long endpointId, int limit) {
        return jdbc.sql("select id, message_id, event, status, attempts, next_attempt_at, last_status, last_error,"
                        + " created_at, delivered_at from webhook_delivery where endpoint_id = :id order by id desc limit :limit")
                .param("id", endpointId).param("limit", limit)
                .query((row, n) -> new Delivery(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getInt(5), instant(row.getTimestamp(6)), (Integer) row.getObject(7), row.getString(8),
                        instant(row.getTimestamp(9)), instant(row.getTimestamp(10))))
                .list();
    }

    /** Sends a delivery again, at once, whatever became of it; it keeps its id, so receivers can tell. */
    @Transactional
    boolean redeliver(long endpointId, long deliveryId, Staff staff) {
        var now = Timestamp.from(clock.instant());
        int changed = jdbc.sql("update webhook_delivery set status = 'PENDING', next_attempt_at = :now,"
                        + " claimed_until = null where id = :id and endpoint_id = :endpoint")
                .param("now", now).param("id", deliveryId).param("endpoint", endpointId).update();
        if (changed == 1) {
            audit.record(staff.actor(), "webhook.redelivered", "delivery " + deliveryId);
        }
        return changed == 1;
    }

    /** Queues a ping for one endpoint, to try the receiver out. */
    @Transactional
    void ping(Endpoint endpoint) {
        enqueue(endpoint, WebhookEvent.PING, Map.of("message", "A test delivery from the newsroom."));
    }

    /** Queues an event for every endpoint that wants it; {@code data} may differ per endpoint (personal data). */
    @Transactional
    void publish(WebhookEvent event, Function<Endpoint, Map<String, Object>> data) {
        endpoints().stream().filter(e -> e.wants(event)).forEach(e -> enqueue(e, event, data.apply(e)));
    }

    private void enqueue(Endpoint endpoint, WebhookEvent event, Map<String, Object> data) {
        var now = clock.instant();
        var payload = new LinkedHashMap<String, Object>();
        payload.put("type", event.type());
        payload.put("timestamp", now.toString());
        payload.put("data", data);
        jdbc.sql("insert into webhook_delivery (endpoint_id, message_id, event, payload, status, attempts,"
                        + " next_attempt_at, created_at) values (:endpoint, :message, :event, :payload, 'PENDING', 0, :now, :now)")
                .param("endpoint", endpoint.id()).param("message", "msg_" + UUID.randomUUID().toString().replace("-", ""))
                .param("event", event.type()).param("payload", json.writeValueAsString(payload))
                .param("now", Timestamp.from(now)).update();
    }

    private static Endpoint endpoint(ResultSet row, int n) throws SQLException {
        var events = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(row.getString(4).split(",")).map(WebhookEvent::ofName).flatMap(Optional::stream).forEach(events::add);
        return new Endpoint(row.getLong(1), row.getString(2), row.getString(3), events, row.getBoolean(5),
                instant(row.getTimestamp(6)), row.getString(7));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
