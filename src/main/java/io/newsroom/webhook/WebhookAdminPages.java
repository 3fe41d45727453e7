package io.newsroom.webhook;

import java.util.List;

import io.newsroom.web.AdminPages;

import org.springframework.stereotype.Component;

/** Webhooks send data out of the newsroom: ADMINs only. */
@Component
class WebhookAdminPages implements AdminPages {

    @Override
    public List<String> adminOnly() {
        return List.of("/admin/webhooks/**");
    }
}
