package io.newsroom.audit;

import io.newsroom.web.Pagination;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** ADMIN only: the audit log, newest first. */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        int current = Math.max(page, 1);
        var found = log.newestFirst(PageRequest.of(current - 1, PAGE_SIZE));
        model.addAttribute("events", found.getContent());
        model.addAttribute("pagination", Pagination.of(current, found.getTotalPages(),
                n -> n == 1 ? "/admin/audit" : "/admin/audit?page=" + n));
        return "admin/audit";
    }
}
