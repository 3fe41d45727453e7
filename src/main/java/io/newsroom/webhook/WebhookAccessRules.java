package io.newsroom.webhook;

import java.util.List;

import io.newsroom.web.AccessRules;

import org.springframework.stereotype.Component;

/** Webhooks send data out of the newsroom: ADMINs only. */
@Component
class WebhookAccessRules implements AccessRules {

    @Override
    public List<String> adminOnly() {
        return List.of("/admin/webhooks/**");
    }
}
