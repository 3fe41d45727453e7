package io.newsroom.inquiry;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.newsroom.formguard.FormGuard;
import io.newsroom.release.ReleaseLookup;
import io.newsroom.web.DatabaseUnavailable;
import io.newsroom.web.RequestLanguage;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/** "Questions on our PR? Ask us now.": the contact form for journalists. */
@Controller
class ContactController {

    private static final Pattern REFERENCE = Pattern.compile("INQ-\\d{4}-\\d{6,}");

    private final InquiryIntake intake;
    private final InquiryLookup inquiries;
    private final FormGuard guard;
    private final ReleaseLookup releases;

    ContactController(InquiryIntake intake, InquiryLookup inquiries, FormGuard guard, ReleaseLookup releases) {
        this.intake = intake;
        this.inquiries = inquiries;
        this.guard = guard;
        this.releases = releases;
    }

    @GetMapping("/contact")
    String form(@RequestParam(required = false) String release, Model model) {
        var known = release == null ? null : releases.findPublic(release).orElse(null);
        return show(InquiryForm.blank(known == null ? null : known.slug(), guard.newToken()), model);
    }

    @PostMapping("/contact")
    String send(@Valid @ModelAttribute("form") InquiryForm form, BindingResult result, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        try {
            return receive(form, result, model, request, response);
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.is(failure)) {
                throw failure;
            }
            // say plainly that nothing was stored, and keep what the journalist wrote
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            return again(form, "inquiry.not-received", model);
        }
    }

    private String receive(InquiryForm form, BindingResult result, Model model, HttpServletRequest request,
                           HttpServletResponse response) {
        var flood = guard.refusesAtOnce(request.getRemoteAddr());
        if (flood.isPresent()) {
            response.setStatus(flood.get().status());
            return again(form, flood.get().problem(), model);
        }
        var earlier = inquiries.sentWith(form.token()).orElse(null);
        if (earlier != null) {
            return thanks(earlier.getReference());
        }
        if (result.hasErrors()) {
            return show(form, model);
        }
        var verdict = guard.judge(form.token(), form.website(), request.getRemoteAddr(), form.message(), form.name(),
                form.organization());
        if (!(verdict instanceof FormGuard.Accept accepted)) {
            response.setStatus(verdict.status());
            model.addAttribute("problem", verdict.problem());
            return show(verdict instanceof FormGuard.Expired ? form.withToken(guard.newToken()) : form, model);
        }
        String spam = accepted.spamReason();
        try {
            return thanks(intake.file(form, form.token(), request.getRemoteAddr(), spam,
                    RequestContextUtils.getLocale(request)));
        } catch (DataIntegrityViolationException doubleClick) {
            return inquiries.sentWith(form.token()).map(first -> thanks(first.getReference()))
                    .orElseThrow(() -> doubleClick);
        }
    }

    @GetMapping("/contact/thanks")
    String thanks(@RequestParam(required = false) String ref, Model model) {
        model.addAttribute("reference", ref != null && REFERENCE.matcher(ref).matches() ? ref : null);
        return "inquiry/thanks";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "inquiry/privacy";
    }

    /** The form again with what the journalist wrote and why it was not taken, without asking the database. */
    private static String again(InquiryForm form, String problem, Model model) {
        model.addAttribute("problem", problem);
        model.addAttribute("form", form);
        model.addAttribute("release", null);
        model.addAttribute("topics", Topic.values());
        return "inquiry/contact";
    }

    private String show(InquiryForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("release", form.release() == null ? null : releases.findPublic(form.release()).orElse(null));
        model.addAttribute("topics", Topic.values());
        return "inquiry/contact";
    }

    private static String thanks(String reference) {
        return "redirect:" + RequestLanguage.prefix() + "/contact/thanks?ref=" + reference;
    }
}
