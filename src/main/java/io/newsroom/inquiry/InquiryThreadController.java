package io.newsroom.inquiry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.newsroom.account.Staff;
import io.newsroom.account.StaffDirectory;
import io.newsroom.release.ReleaseLookup;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One inquiry in the inbox: its fields, mail, thread, and what the PR team does with it. */
@Controller
class InquiryThreadController {

    private static final int MAX_TEXT = 5000;

    private final InquiryLookup inquiries;
    private final InquiryDesk desk;
    private final InquiryMails mails;
    private final ReleaseLookup releases;
    private final StaffDirectory staffDirectory;

    InquiryThreadController(InquiryLookup inquiries, InquiryDesk desk, InquiryMails mails, ReleaseLookup releases,
                            StaffDirectory staffDirectory) {
        this.inquiries = inquiries;
        this.desk = desk;
        this.mails = mails;
        this.releases = releases;
        this.staffDirectory = staffDirectory;
    }

    @GetMapping("/admin/inquiries/{id}")
    String show(@PathVariable long id, Model model) {
        var inquiry = inquiries.find(id).orElseThrow(() -> new InquiryNotFoundException(id));
        model.addAttribute("inquiry", inquiry);
        model.addAttribute("release", releases.find(inquiry.getReleaseId()).orElse(null));
        model.addAttribute("deliveries", mails.deliveries(id));
        model.addAttribute("thread", inquiries.thread(id));
        model.addAttribute("staff", staffDirectory.enabled());
        model.addAttribute("statuses", InquiryStatus.values());
        return "admin/inquiry/show";
    }

    /** A note or a reply, as staff type it. */
    record ThreadText(@NotBlank @Size(max = MAX_TEXT) String body) {
    }

    @PostMapping("/admin/inquiries/{id}/note")
    String note(@AuthenticationPrincipal Staff staff, @PathVariable long id, @Valid ThreadText text,
                BindingResult result, RedirectAttributes redirect) {
        if (isUsable(result, redirect)) {
            desk.note(id, text.body(), staff);
            redirect.addFlashAttribute("notice", "inquiry.noted");
        }
        return back(id);
    }

    /** The status form: one of the inquiry statuses, or the request is refused. */
    record StatusChange(@NotNull InquiryStatus status) {
    }

    /** The assignee form: a staff member's id, or none to leave the inquiry unassigned. */
    record Assignment(Long assignee) {
    }

    @PostMapping("/admin/inquiries/{id}/status")
    String status(@AuthenticationPrincipal Staff staff, @PathVariable long id, @Valid StatusChange change,
                  RedirectAttributes redirect) {
        desk.changeStatus(id, change.status(), staff);
        redirect.addFlashAttribute("notice", "inquiry.status-changed");
        return back(id);
    }

    @PostMapping("/admin/inquiries/{id}/assign")
    String assign(@AuthenticationPrincipal Staff staff, @PathVariable long id, Assignment assignment,
                  RedirectAttributes redirect) {
        var member = staffDirectory.enabled().stream().filter(m -> Long.valueOf(m.id()).equals(assignment.assignee())).findFirst();
        desk.assign(id, member.map(StaffDirectory.Member::id).orElse(null),
                member.map(StaffDirectory.Member::name).orElse(null), staff);
        redirect.addFlashAttribute("notice", "inquiry.assigned");
        return back(id);
    }

    @PostMapping("/admin/inquiries/{id}/reply")
    String reply(@AuthenticationPrincipal Staff staff, @PathVariable long id, @Valid ThreadText text,
                 BindingResult result, RedirectAttributes redirect) {
        if (isUsable(result, redirect)) {
            desk.reply(id, text.body(), staff);
            redirect.addFlashAttribute("notice", "inquiry.replied");
        }
        return back(id);
    }

    @PostMapping("/admin/inquiries/{id}/messages/{messageId}/resend")
    String resend(@PathVariable long id, @PathVariable long messageId, RedirectAttributes redirect) {
        boolean queued = mails.resend(id, messageId).orElseThrow(() -> new InquiryNotFoundException(id));
        redirect.addFlashAttribute(queued ? "notice" : "problem", "inquiry.resend");
        return back(id);
    }

    private static boolean isUsable(BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("problem", "inquiry.text-invalid");
            return false;
        }
        return true;
    }

    private static String back(long id) {
        return "redirect:/admin/inquiries/" + id;
    }
}
