package io.newsroom.audit;

import java.util.List;

import io.newsroom.web.AccessRules;

import org.springframework.stereotype.Component;

/** The audit log is for ADMINs. */
@Component
class AuditAccessRules implements AccessRules {

    @Override
    public List<String> adminOnly() {
        return List.of("/admin/audit/**");
    }
}
