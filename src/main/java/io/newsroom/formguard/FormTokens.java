package io.newsroom.formguard;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time form tokens: when the form was shown, plus a random part, signed, so that a bot cannot
 * claim to have taken its time and a resent form is recognised as the same one.
 */
@Component
class FormTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final Duration lifetime;

    FormTokens(FormGuardProperties properties, Clock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.lifetime = properties.formLifetime();
        this.clock = clock;
        String secret = properties.formSecret();
        String shared = secret == null || secret.isBlank() ? sharedSecret() : secret;
        this.key = new SecretKeySpec(shared.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /**
     * The secret every instance on this database signs with when none is configured: made by the
     * first instance that starts, read by the others, so a form shown by one can be sent to another.
     */
    private String sharedSecret() {
        var stored = jdbc.sql("select secret from app_secret where name = 'form-token'").query(String.class).optional();
        if (stored.isPresent()) {
            return stored.get();
        }
        try {
            jdbc.sql("insert into app_secret (name, secret, created_at) values ('form-token', :value, :now)")
                    .param("value", Base64.getEncoder().encodeToString(randomBytes(32)))
                    .param("now", Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            // its secret is the one to use
        }
        return jdbc.sql("select secret from app_secret where name = 'form-token'").query(String.class).single();
    }

    String issue() {
        String payload = clock.instant().toEpochMilli() + "." + HexFormat.of().formatHex(randomBytes(12));
        return payload + "." + sign(payload);
    }

    /** When the form was shown, if the token is one of ours. */
    Optional<Instant> issuedAt(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        if (last < 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, last);
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(payload.substring(0, payload.indexOf('.')))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Spends a token of a form that leaves no row of its own behind (the alerts form): true the
     * first time, false ever after. Tokens older than a form's lifetime are refused by their
     * signature anyway, so their record is dropped then.
     */
    boolean spend(String token) {
        var now = clock.instant();
        jdbc.sql("delete from spent_form_token where spent_at < :before")
                .param("before", Timestamp.from(now.minus(lifetime))).update();
        try {
            return jdbc.sql("insert into spent_form_token (token, spent_at) values (:token, :now)")
                    .param("token", token).param("now", Timestamp.from(now)).update() == 1;
        } catch (DuplicateKeyException spentBefore) {
            return false;
        }
    }

    private String sign(String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
