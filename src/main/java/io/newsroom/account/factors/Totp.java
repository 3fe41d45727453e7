package io.newsroom.account.factors;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: six digits, a new code
 * every 30 seconds, HMAC-SHA1, the secret in Base32. Codes of the step before and after now are
 * accepted too, for clocks that drift.
 */
final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);

    private static final TimeBasedOneTimePasswordGenerator CODES = new TimeBasedOneTimePasswordGenerator(STEP, 6);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new secret: 160 random bits, as RFC 4226 recommends, in Base32 without padding. */
    static String newSecret() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    /** The time step a moment falls in. */
    static long stepOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
    }

    /** The step whose code this is, within one step of now; empty for a wrong or malformed code. */
    static OptionalLong matchingStep(String secret, String code, Instant now) {
        String digits = code == null ? "" : code.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        int wanted = Integer.parseInt(digits);
        var key = new SecretKeySpec(new Base32().decode(secret), CODES.getAlgorithm());
        long current = stepOf(now);
        for (long step = current - 1; step <= current + 1; step++) {
            try {
                if (CODES.generateOneTimePassword(key, Instant.ofEpochSecond(step * STEP.getSeconds())) == wanted) {
                    return OptionalLong.of(step);
                }
            } catch (InvalidKeyException e) {
                throw new IllegalStateException("A stored authenticator secret is not a key", e);
            }
        }
        return OptionalLong.empty();
    }

    /** The {@code otpauth://} address an app reads from the QR code. */
    static String uri(String issuer, String account, String secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=" + STEP.getSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
