package io.newsroom.webhook;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A new endpoint: where deliveries go, which events, and whether inquiries carry personal data. */
record WebhookForm(@NotBlank @Size(max = 2000) String url, @Size(max = 200) String description,
                   @NotEmpty(message = "{webhooks.events.none}") Set<WebhookEvent> events, Boolean personalData) {

    static WebhookForm empty() {
        return new WebhookForm("https://", "", Set.of(WebhookEvent.RELEASE_PUBLISHED), false);
    }

    WebhookForm {
        description = description == null ? "" : description;
        events = events == null ? Set.of() : events;
        personalData = Boolean.TRUE.equals(personalData);
    }
}
