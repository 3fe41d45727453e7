package io.newsroom.campaign.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signs the addresses of tracked links, so that the redirect leads only where a campaign's
 * message pointed (never an open redirect). The key is made once and kept in the database, so
 * that every instance signs and checks alike.
 */
@Component
public class LinkSigner {

    private final JdbcClient jdbc;
    private volatile byte[] key;

    LinkSigner(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String sign(String recipientToken, String url) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] signature = mac.doFinal((recipientToken + "\n" + url).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(signature, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean verify(String recipientToken, String url, String signature) {
        return signature != null && MessageDigest.isEqual(sign(recipientToken, url).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.sql("insert into campaign_secret (id, secret) values (1, :secret) on conflict do nothing")
                    .param("secret", Base64.getEncoder().encodeToString(fresh)).update();
            known = Base64.getDecoder().decode(jdbc.sql("select secret from campaign_secret where id = 1")
                    .query(String.class).single());
            key = known;
        }
        return known;
    }
}
