package io.newsroom.account.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import io.newsroom.account.Staff;
import io.newsroom.audit.Actor;
import io.newsroom.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the staff API: shown once when made, kept only as a SHA-256 hash (they
 * are 256 random bits, so no slow hash is needed), scoped to reading or writing, expiring, revocable,
 * with the time of their last use. Making and revoking one is audited.
 */
@Component
public class AccessTokens {

    static final String PREFIX = "nwr_";
    /** Last use is written at most this often per token, not on every request. */
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    AccessTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public enum Scope { READ, WRITE }

    /** A token as its owner sees it in the list: never the token itself. */
    public record Listed(long id, String name, Scope scope, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                  Instant revokedAt) {

        public boolean isActive(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** Who a valid token speaks for, and what it may do. */
    record Use(long tokenId, String name, long staffId, Scope scope) {
    }

    /** Makes a token and answers it: the only time it is ever shown. */
    @Transactional
    public String create(Staff staff, String name, Scope scope, Duration lifetime) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        var now = clock.instant();
        jdbc.sql("insert into access_token (staff_id, name, token_hash, scope, created_at, expires_at)"
                        + " values (:staff, :name, :hash, :scope, :now, :expires)")
                .param("staff", staff.id()).param("name", name).param("hash", hash(token)).param("scope", scope.name())
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(lifetime))).update();
        audit.record(staff.actor(), "token.created", name + " (" + scope.name().toLowerCase() + ")");
        return token;
    }

    List<Listed> of(Staff staff) {
        return jdbc.sql("select id, name, scope, created_at, expires_at, last_used_at, revoked_at from access_token"
                        + " where staff_id = :staff order by created_at desc, id desc")
                .param("staff", staff.id())
                .query((row, n) -> new Listed(row.getLong(1), row.getString(2), Scope.valueOf(row.getString(3)),
                        row.getTimestamp(4).toInstant(), row.getTimestamp(5).toInstant(), instant(row.getTimestamp(6)),
                        instant(row.getTimestamp(7))))
                .list();
    }

    /**
     * Revokes every token of an account that is being disabled: enabling it again later does not
     * bring them back (its owner makes new ones). @return how many were revoked
     */
    public int revokeAllOf(long staffId) {
        return jdbc.sql("update access_token set revoked_at = :now where staff_id = :staff and revoked_at is null")
                .param("now", Timestamp.from(clock.instant())).param("staff", staffId).update();
    }

    /** Revokes one of the staff member's own tokens; false when they have none with this id. */
    @Transactional
    public boolean revoke(Staff staff, long id) {
        var name = jdbc.sql("select name from access_token where id = :id and staff_id = :staff and revoked_at is null")
                .param("id", id).param("staff", staff.id()).query(String.class).optional();
        if (name.isEmpty()) {
            return false;
        }
        jdbc.sql("update access_token set revoked_at = :now where id = :id").param("now", Timestamp.from(clock.instant()))
                .param("id", id).update();
        audit.record(staff.actor(), "token.revoked", name.get());
        return true;
    }

    /**
     * The use a presented token grants: none when it is unknown, expired or revoked. Its use is
     * noted as its last use and in the audit log, at most once a minute (what it changes is audited
     * line by line as done with it).
     */
    Optional<Use> authenticate(String token, String request) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        var now = clock.instant();
        record Found(Use use, Instant lastUsedAt, String email) {
        }
        var found = jdbc.sql("select t.id, t.name, t.staff_id, t.scope, t.last_used_at, s.email from access_token t"
                        + " join staff_account s on s.id = t.staff_id where t.token_hash = :hash"
                        + " and t.revoked_at is null and t.expires_at > :now")
                .param("hash", hash(token)).param("now", Timestamp.from(now))
                .query((row, n) -> new Found(new Use(row.getLong(1), row.getString(2), row.getLong(3),
                        Scope.valueOf(row.getString(4))), instant(row.getTimestamp(5)), row.getString(6)))
                .optional();
        found.filter(f -> f.lastUsedAt() == null || f.lastUsedAt().isBefore(now.minus(LAST_USE_PRECISION)))
                .ifPresent(f -> {
                    jdbc.sql("update access_token set last_used_at = :now where id = :id")
                            .param("now", Timestamp.from(now)).param("id", f.use().tokenId()).update();
                    audit.record(new Actor(f.use().staffId(), f.email()), "token.used", f.use().name() + ": " + request);
                });
        return found.map(Found::use);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
