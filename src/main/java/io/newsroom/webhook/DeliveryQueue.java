package io.newsroom.webhook;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The delivery outbox as the sender sees it: due deliveries are claimed one by one (a conditional
 * update, so two instances never send the same attempt), and each outcome is written right after.
 */
@Component
class DeliveryQueue {

    /** Longer than any delivery may take (the deadline), so a claim outlives its attempt. */
    static final Duration CLAIM = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final WebhookProperties properties;
    private final Clock clock;

    DeliveryQueue(JdbcClient jdbc, WebhookProperties properties, Clock clock) {
        if (properties.deadline().compareTo(CLAIM) >= 0) {
            throw new IllegalArgumentException("newsroom.webhooks.deadline must be shorter than the claim, " + CLAIM);
        }
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** One attempt to make: where to, with what secret, and what. */
    record Attempt(long id, String messageId, String url, String secret, String payload, int attempt) {
    }

    /** Claims the next due delivery, if there is one that no other sender holds. */
    Optional<Attempt> claimNext() {
        var now = clock.instant();
        List<Long> due = jdbc.sql("select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= :now"
                        + " and (claimed_until is null or claimed_until < :now) order by next_attempt_at, id limit 5")
                .param("now", Timestamp.from(now)).query(Long.class).list();
        for (long id : due) {
            int claimed = jdbc.sql("update webhook_delivery set claimed_until = :until, attempts = attempts + 1"
                            + " where id = :id and status = 'PENDING' and (claimed_until is null or claimed_until < :now)")
                    .param("until", Timestamp.from(now.plus(CLAIM))).param("id", id).param("now", Timestamp.from(now))
                    .update();
            if (claimed == 1) {
                return jdbc.sql("select d.id, d.message_id, e.url, e.secret, d.payload, d.attempts from webhook_delivery d"
                                + " join webhook_endpoint e on e.id = d.endpoint_id where d.id = :id").param("id", id)
                        .query((row, n) -> new Attempt(row.getLong(1), row.getString(2), row.getString(3),
                                row.getString(4), row.getString(5), row.getInt(6)))
                        .optional();
            }
        }
        return Optional.empty();
    }

    void delivered(Attempt attempt, int status) {
        jdbc.sql("update webhook_delivery set status = 'DELIVERED', delivered_at = :now, last_status = :status,"
                        + " last_error = null, claimed_until = null where id = :id")
                .param("now", Timestamp.from(clock.instant())).param("status", status).param("id", attempt.id()).update();
    }

    /** A failed attempt: tried again later, with a longer wait each time, until the attempts run out. */
    void failed(Attempt attempt, Integer status, String error) {
        boolean giveUp = attempt.attempt() >= properties.maxAttempts();
        Instant next = clock.instant().plus(properties.waitAfter(attempt.attempt()));
        jdbc.sql("update webhook_delivery set status = :state, next_attempt_at = :next, last_status = :status,"
                        + " last_error = :error, claimed_until = null where id = :id")
                .param("state", giveUp ? "FAILED" : "PENDING").param("next", Timestamp.from(next))
                .param("status", status).param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("id", attempt.id()).update();
    }

    /** The log keeps delivered messages this long; failed ones stay until sent again or their endpoint goes. */
    static final Duration KEEP_DELIVERED = Duration.ofDays(30);

    int forgetOldDeliveries() {
        return jdbc.sql("delete from webhook_delivery where status = 'DELIVERED' and delivered_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(KEEP_DELIVERED))).update();
    }

    /** Gives a claim back untouched (shutting down), so that another instance sends it at once. */
    void giveBack(Attempt attempt) {
        jdbc.sql("update webhook_delivery set claimed_until = null, attempts = attempts - 1 where id = :id and status = 'PENDING'")
                .param("id", attempt.id()).update();
    }
}
