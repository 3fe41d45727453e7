package io.newsroom.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import io.newsroom.web.PublicAddresses;

import org.springframework.stereotype.Component;

/**
 * Where webhooks may go: public addresses only ({@link PublicAddresses}), unless
 * {@code newsroom.webhooks.allowed-networks} names the network. The webhook client's resolver.
 */
@Component
class Destinations extends PublicAddresses {

    Destinations(WebhookProperties properties) {
        super(properties.allowedNetworks());
    }

    /** Why an ADMIN's URL cannot be an endpoint (a message key and its argument), or nothing. */
    Optional<Problem> problemWith(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of(new Problem("webhooks.url.invalid", url));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            return Optional.of(new Problem("webhooks.url.invalid", url));
        }
        try {
            resolve(uri.getHost());
            return Optional.empty();
        } catch (Refused refused) {
            return Optional.of(new Problem("webhooks.url.private", refused.getMessage()));
        } catch (UnknownHostException unknown) {
            return Optional.of(new Problem("webhooks.url.unknown-host", uri.getHost()));
        }
    }

    record Problem(String messageKey, String detail) {
    }
}
