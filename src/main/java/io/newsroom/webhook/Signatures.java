package io.newsroom.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures as the Standard Webhooks specification makes them (standardwebhooks.com), so that its
 * libraries verify them: HMAC-SHA256, keyed with the base64 part of the {@code whsec_} secret, over
 * {@code id.timestamp.body}, sent as {@code webhook-signature: v1,<base64>}.
 */
final class Signatures {

    private Signatures() {
    }

    static String sign(String secret, String messageId, long timestampSeconds, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            byte[] key = Base64.getDecoder().decode(secret.substring(Webhooks.SECRET_PREFIX.length()));
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature = mac.doFinal((messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
