package io.newsroom.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

import io.newsroom.inquiry.InquiryReceived;
import io.newsroom.release.ReleasePublished;
import io.newsroom.release.ReleaseUnpublished;
import io.newsroom.release.ReleaseUpdated;
import io.newsroom.settings.Languages;
import io.newsroom.settings.SettingsLookup;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens in the newsroom into webhook deliveries, within the transaction of the change
 * (the events are published inside it), so that a delivery exists exactly when the change does.
 */
@Component
class WebhookListener {

    private final Webhooks webhooks;
    private final SettingsLookup settings;
    private final Languages languages;

    WebhookListener(Webhooks webhooks, SettingsLookup settings, Languages languages) {
        this.webhooks = webhooks;
        this.settings = settings;
        this.languages = languages;
    }

    @EventListener
    void on(ReleasePublished event) {
        webhooks.publish(WebhookEvent.RELEASE_PUBLISHED, endpoint -> release(event.releaseId(), event.slug(),
                event.title(), event.summary(), event.categorySlug(), event.categoryName(), event.language()));
    }

    @EventListener
    void on(ReleaseUpdated event) {
        webhooks.publish(WebhookEvent.RELEASE_UPDATED, endpoint -> release(event.releaseId(), event.slug(),
                event.title(), event.summary(), event.categorySlug(), event.categoryName(), event.language()));
    }

    @EventListener
    void on(ReleaseUnpublished event) {
        webhooks.publish(WebhookEvent.RELEASE_UNPUBLISHED, endpoint -> {
            var data = new LinkedHashMap<String, Object>();
            data.put("id", event.releaseId());
            data.put("slug", event.slug());
            data.put("title", event.title());
            data.put("language", event.language());
            return data;
        });
    }

    /** The inquiry's reference and subject always; who sent it and what they wrote only where the ADMIN asked. */
    @EventListener
    void on(InquiryReceived event) {
        var site = settings.current();
        webhooks.publish(WebhookEvent.INQUIRY_RECEIVED, endpoint -> {
            var data = new LinkedHashMap<String, Object>();
            data.put("reference", event.reference());
            data.put("topic", event.topic().name());
            data.put("release", event.releaseSlug());
            data.put("receivedAt", event.receivedAt().toString());
            data.put("adminUrl", site.absolute("/admin/inquiries"));
            if (endpoint.personalData()) {
                data.put("name", event.name());
                data.put("email", event.email());
                data.put("organization", event.organization());
                data.put("phone", event.phone());
                data.put("message", event.message());
            }
            return data;
        });
    }

    private Map<String, Object> release(long id, String slug, String title, String summary, String categorySlug,
                                        String categoryName, String language) {
        var site = settings.current();
        var data = new LinkedHashMap<String, Object>();
        data.put("id", id);
        data.put("slug", slug);
        data.put("language", language);
        data.put("title", title);
        data.put("summary", summary);
        data.put("category", Map.of("slug", categorySlug, "name", categoryName));
        data.put("url", site.absolute(languages.releasePath(language, slug)));
        data.put("api", site.absolute("/api/v1/releases/" + slug));
        return data;
    }
}
