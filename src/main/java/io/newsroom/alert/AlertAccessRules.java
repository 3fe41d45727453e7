package io.newsroom.alert;

import java.util.List;

import io.newsroom.web.AccessRules;

import org.springframework.stereotype.Component;

/**
 * Subscribers' addresses are personal data: ADMINs only. Mail clients' one-click unsubscribe
 * (RFC 8058) posts without a form: the token in the address is the proof.
 */
@Component
class AlertAccessRules implements AccessRules {

    @Override
    public List<String> adminOnly() {
        return List.of("/admin/subscribers/**", "/admin/subscribers.csv");
    }

    @Override
    public List<String> withoutCsrf() {
        return List.of("POST /alerts/unsubscribe/*");
    }
}
