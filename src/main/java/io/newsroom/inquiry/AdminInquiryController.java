package io.newsroom.inquiry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.newsroom.account.Staff;
import io.newsroom.account.StaffDirectory;
import io.newsroom.mail.Outbox;
import io.newsroom.release.ReleaseLookup;
import io.newsroom.settings.SiteSettings;
import io.newsroom.web.Csv;
import io.newsroom.web.Pagination;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The PR team's inbox of journalists' inquiries. */
@Controller
class AdminInquiryController {

    private static final int PAGE_SIZE = 25;
    private static final int MAX_TEXT = 5000;

    private final Inquiries inquiries;
    private final InquiryNotes notes;
    private final InquiryWork work;
    private final Outbox outbox;
    private final InquiryContext context;

    AdminInquiryController(Inquiries inquiries, InquiryNotes notes, InquiryWork work, Outbox outbox,
                           InquiryContext context) {
        this.inquiries = inquiries;
        this.notes = notes;
        this.work = work;
        this.outbox = outbox;
        this.context = context;
    }

    @GetMapping("/admin/inquiries")
    String list(@ModelAttribute("filter") InquiryFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
        int current = Math.max(page, 1);
        var zone = context.settings().current().timeZone();
        var found = inquiries.search(filter.status(), filter.topic(), filter.fromInstant(zone), filter.untilInstant(zone),
                filter.textPattern(), PageRequest.of(current - 1, PAGE_SIZE));
        model.addAttribute("inquiries", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("statuses", InquiryStatus.values());
        model.addAttribute("topics", Topic.values());
        model.addAttribute("pagination", Pagination.of(current, found.getTotalPages(),
                n -> filter.url("/admin/inquiries", n)));
        model.addAttribute("exportUrl", filter.url("/admin/inquiries.csv", 1));
        return "admin/inquiry/list";
    }

    @GetMapping("/admin/inquiries/{id}")
    String show(@PathVariable long id, Model model) {
        var inquiry = inquiries.findById(id).orElseThrow(() -> new InquiryNotFoundException(id));
        model.addAttribute("inquiry", inquiry);
        model.addAttribute("release", context.releases().find(inquiry.getReleaseId()).orElse(null));
        model.addAttribute("deliveries", outbox.forInquiry(id));
        model.addAttribute("thread", notes.findByInquiryIdOrderById(id));
        model.addAttribute("staff", context.staff().enabled());
        model.addAttribute("statuses", InquiryStatus.values());
        return "admin/inquiry/show";
    }

    @PostMapping("/admin/inquiries/{id}/note")
    String note(@AuthenticationPrincipal Staff staff, @PathVariable long id, @RequestParam String body,
                RedirectAttributes redirect) {
        if (isUsable(body, redirect)) {
            work.note(id, body, staff);
            redirect.addFlashAttribute("notice", "inquiry.noted");
        }
        return back(id);
    }

    @PostMapping("/admin/inquiries/{id}/status")
    String status(@AuthenticationPrincipal Staff staff, @PathVariable long id, @RequestParam InquiryStatus status,
                  RedirectAttributes redirect) {
        work.changeStatus(id, status, staff);
        redirect.addFlashAttribute("notice", "inquiry.status-changed");
        return back(id);
    }

    @PostMapping("/admin/inquiries/{id}/assign")
    String assign(@AuthenticationPrincipal Staff staff, @PathVariable long id,
                  @RequestParam(required = false) Long assignee, RedirectAttributes redirect) {
        var member = context.staff().enabled().stream().filter(m -> assignee != null && m.id() == assignee).findFirst();
        work.assign(id, member.map(StaffDirectory.Member::id).orElse(null),
                member.map(StaffDirectory.Member::name).orElse(null), staff);
        redirect.addFlashAttribute("notice", "inquiry.assigned");
        return back(id);
    }

    @PostMapping("/admin/inquiries/{id}/reply")
    String reply(@AuthenticationPrincipal Staff staff, @PathVariable long id, @RequestParam String body,
                 RedirectAttributes redirect) {
        if (isUsable(body, redirect)) {
            work.reply(id, body, staff);
            redirect.addFlashAttribute("notice", "inquiry.replied");
        }
        return back(id);
    }

    @PostMapping("/admin/inquiries/{id}/messages/{messageId}/resend")
    String resend(@PathVariable long id, @PathVariable long messageId, RedirectAttributes redirect) {
        redirect.addFlashAttribute(outbox.resend(messageId) ? "notice" : "problem", "inquiry.resend");
        return back(id);
    }

    @GetMapping("/admin/inquiries.csv")
    ResponseEntity<byte[]> export(@ModelAttribute InquiryFilter filter) {
        var zone = context.settings().current().timeZone();
        var csv = new StringBuilder(Csv.row(List.of("Reference", "Received", "Status", "Topic", "Name", "Email",
                "Organization", "Phone", "Message")));
        for (var inquiry : inquiries.export(filter.status(), filter.topic(), filter.fromInstant(zone),
                filter.untilInstant(zone), filter.textPattern())) {
            var cells = new ArrayList<String>();
            cells.add(inquiry.getReference());
            cells.add(inquiry.getCreatedAt().atZone(zone).toLocalDateTime().withNano(0).toString());
            cells.add(inquiry.getStatus().name());
            cells.add(inquiry.getTopic().name());
            cells.add(inquiry.getName());
            cells.add(inquiry.getEmail());
            cells.add(inquiry.getOrganization());
            cells.add(inquiry.getPhone());
            cells.add(inquiry.getMessage());
            csv.append(Csv.row(cells));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("inquiries.csv").build()
                        .toString())
                .body(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isUsable(String body, RedirectAttributes redirect) {
        if (body == null || body.isBlank() || body.length() > MAX_TEXT) {
            redirect.addFlashAttribute("problem", "inquiry.text-invalid");
            return false;
        }
        return true;
    }

    private static String back(long id) {
        return "redirect:/admin/inquiries/" + id;
    }
}
