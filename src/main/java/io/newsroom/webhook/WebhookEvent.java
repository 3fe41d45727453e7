package io.newsroom.webhook;

import java.util.Arrays;
import java.util.Optional;

/** What an endpoint can hear of; {@code type} is the name in the payload. */
public enum WebhookEvent {
    RELEASE_PUBLISHED("release.published"),
    RELEASE_UPDATED("release.updated"),
    RELEASE_UNPUBLISHED("release.unpublished"),
    INQUIRY_RECEIVED("inquiry.received"),
    /** Sent only by hand, from the endpoint's page, to try the receiver out. */
    PING("ping");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    /** The events an ADMIN can subscribe to (not the ping, which every endpoint takes). */
    static WebhookEvent[] subscribable() {
        return Arrays.stream(values()).filter(e -> e != PING).toArray(WebhookEvent[]::new);
    }

    static Optional<WebhookEvent> ofName(String name) {
        return Arrays.stream(values()).filter(e -> e.name().equals(name)).findFirst();
    }
}
