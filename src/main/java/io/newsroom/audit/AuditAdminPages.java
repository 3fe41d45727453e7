package io.newsroom.audit;

import java.util.List;

import io.newsroom.web.AdminPages;

import org.springframework.stereotype.Component;

/** The audit log is for ADMINs. */
@Component
class AuditAdminPages implements AdminPages {

    @Override
    public List<String> adminOnly() {
        return List.of("/admin/audit/**");
    }
}
