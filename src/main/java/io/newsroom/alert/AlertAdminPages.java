package io.newsroom.alert;

import java.util.List;

import io.newsroom.web.AdminPages;

import org.springframework.stereotype.Component;

/** Subscribers' addresses are personal data: ADMINs only. */
@Component
class AlertAdminPages implements AdminPages {

    @Override
    public List<String> adminOnly() {
        return List.of("/admin/subscribers/**", "/admin/subscribers.csv");
    }
}
