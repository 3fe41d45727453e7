package io.newsroom.settings;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.Valid;

import io.newsroom.account.Staff;
import io.newsroom.media.ImageRejectedException;
import io.newsroom.media.MediaLibrary;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN only: company, logo, boilerplate, media contact, PR team and time zone. */
@Controller
class AdminSettingsController {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final SettingsLookup settings;
    private final SettingsDesk desk;
    private final MediaLibrary media;

    AdminSettingsController(SettingsLookup settings, SettingsDesk desk, MediaLibrary media) {
        this.settings = settings;
        this.desk = desk;
        this.media = media;
    }

    @GetMapping("/admin/settings")
    String form(Model model) {
        model.addAttribute("form", SettingsForm.of(settings.current()));
        return show(model);
    }

    @PostMapping("/admin/settings")
    String save(@AuthenticationPrincipal Staff staff, @Valid @ModelAttribute("form") SettingsForm form,
                BindingResult result, Model model, RedirectAttributes redirect) throws IOException {
        if (!result.hasFieldErrors("timeZone")) {
            try {
                ZoneId.of(form.timeZone());
            } catch (DateTimeException e) {
                result.rejectValue("timeZone", "settings.time-zone.invalid");
            }
        }
        if (!result.hasFieldErrors("prTeam")) {
            var team = form.prTeamList();
            if (team.isEmpty() || team.size() > 20 || team.stream().anyMatch(email -> email.length() > 254
                    || !EMAIL.matcher(email).matches())) {
                result.rejectValue("prTeam", "settings.pr-team.invalid");
            }
        }
        if (result.hasErrors()) {
            return show(model);
        }
        Long logo = Boolean.TRUE.equals(form.removeLogo()) ? null : settings.currentLogoId();
        String logoProblem = null;
        if (form.logoFile() != null && !form.logoFile().isEmpty()) {
            try {
                logo = media.store(form.logoFile().getOriginalFilename(), form.logoFile().getSize(),
                        form.logoFile().getInputStream(), staff.getDisplayName()).id();
            } catch (ImageRejectedException e) {
                logoProblem = e.messageKey();
            }
        }
        desk.save(form, logo, staff);
        if (logoProblem != null) {
            redirect.addFlashAttribute("problem", logoProblem);
            redirect.addFlashAttribute("problemArgument", media.maxFileSizeLabel());
        } else {
            redirect.addFlashAttribute("notice", "settings.saved");
        }
        return "redirect:/admin/settings";
    }

    /** Review before publishing: off, on, or on with four eyes (a checkbox left unticked is not sent). */
    @PostMapping("/admin/settings/review")
    String saveReview(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "false") boolean required,
                      @RequestParam(defaultValue = "false") boolean fourEyes, RedirectAttributes redirect) {
        desk.saveReview(new Settings.Review(required, required && fourEyes), staff);
        redirect.addFlashAttribute("notice", required ? "settings.review.on" : "settings.review.off");
        return "redirect:/admin/settings#review";
    }

    /** A language besides the default, for its translation of the boilerplate. */
    public record OtherLanguage(String code, String name) {
    }

    private String show(Model model) {
        var languages = settings.languages();
        model.addAttribute("otherLanguages", languages.all().stream().filter(l -> !languages.isDefault(l))
                .map(l -> new OtherLanguage(l.toLanguageTag(), Languages.nativeName(l))).toList());
        model.addAttribute("zones", ZONES);
        model.addAttribute("logo", settings.current().logo());
        model.addAttribute("review", settings.current().review());
        model.addAttribute("maxFileSize", media.maxFileSizeLabel());
        return "admin/settings";
    }
}
