package io.newsroom.campaign.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.validation.Valid;

import io.newsroom.account.Staff;
import io.newsroom.campaign.model.Campaign;
import io.newsroom.campaign.model.CampaignDesk;
import io.newsroom.campaign.model.CampaignQueries;
import io.newsroom.contacts.ContactLookup;
import io.newsroom.release.ReleaseMailing;
import io.newsroom.settings.SettingsLookup;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing a campaign and sending it: now, at a time (an embargo's lift), or through review. */
@Controller
class AdminCampaignController {

    private final CampaignQueries queries;
    private final CampaignDesk desk;
    private final ContactLookup contacts;
    private final ReleaseMailing releases;
    private final SettingsLookup settings;

    AdminCampaignController(CampaignQueries queries, CampaignDesk desk, ContactLookup contacts, ReleaseMailing releases,
                            SettingsLookup settings) {
        this.queries = queries;
        this.desk = desk;
        this.contacts = contacts;
        this.releases = releases;
        this.settings = settings;
    }

    record Row(Campaign campaign, String releaseTitle, CampaignQueries.Figures figures) {
    }

    @GetMapping("/admin/campaigns")
    String list(Model model) {
        model.addAttribute("rows", queries.all().stream().map(c -> new Row(c,
                releases.find(c.getReleaseId()).map(ReleaseMailing.Version::title).orElse(""),
                queries.figures(c.getId()))).toList());
        return "admin/campaigns/list";
    }

    @GetMapping("/admin/campaigns/new")
    String create(@RequestParam long release, Model model) {
        var version = releases.find(release).orElseThrow(AdminCampaignController::notFound);
        return form(new CampaignForm(version.title(), "", true, false, List.of(), List.of(), null), version, null, model);
    }

    @PostMapping("/admin/campaigns/new")
    String create(@AuthenticationPrincipal Staff staff, @RequestParam long release,
                  @Valid @ModelAttribute("form") CampaignForm form, BindingResult result, Model model) {
        var version = releases.find(release).orElseThrow(AdminCampaignController::notFound);
        if (!result.hasErrors()) {
            var outcome = desk.create(release, form.text(), staff);
            if (outcome.isDone()) {
                return "redirect:/admin/campaigns/" + outcome.id();
            }
            refuse(result, outcome);
        }
        return form(form, version, null, model);
    }

    @GetMapping("/admin/campaigns/{id}")
    String show(@PathVariable long id, Model model) {
        var campaign = campaign(id);
        if (!campaign.getStatus().isEditable()) {
            return "redirect:/admin/campaigns/" + id + "/results";
        }
        return form(CampaignForm.of(campaign), releases.find(campaign.getReleaseId()).orElseThrow(), campaign, model);
    }

    @PostMapping("/admin/campaigns/{id}")
    String change(@AuthenticationPrincipal Staff staff, @PathVariable long id,
                  @Valid @ModelAttribute("form") CampaignForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        var campaign = campaign(id);
        if (!result.hasErrors()) {
            var outcome = desk.change(id, form.version() == null ? -1 : form.version(), form.text(), staff).orElseThrow();
            if (outcome.isDone()) {
                redirect.addFlashAttribute("notice", "campaigns.saved");
                return "redirect:/admin/campaigns/" + id;
            }
            refuse(result, outcome);
        }
        return form(form, releases.find(campaign.getReleaseId()).orElseThrow(), campaign, model);
    }

    @PostMapping("/admin/campaigns/{id}/submit")
    String submit(@AuthenticationPrincipal Staff staff, @PathVariable long id, RedirectAttributes redirect) {
        var outcome = desk.submit(id, staff).orElseThrow(AdminCampaignController::notFound);
        redirect.addFlashAttribute(outcome.isDone() ? "notice" : "problem",
                outcome.isDone() ? "campaigns.submitted" : outcome.refusal());
        return "redirect:/admin/campaigns/" + id;
    }

    /** {@code when}: now, or at {@code at} (local time of the newsroom). */
    @PostMapping("/admin/campaigns/{id}/send")
    String send(@AuthenticationPrincipal Staff staff, @PathVariable long id, @RequestParam(defaultValue = "now") String when,
                @RequestParam(required = false) String at, RedirectAttributes redirect) {
        Instant time = null;
        if (when.equals("at")) {
            try {
                time = LocalDateTime.parse(at == null ? "" : at).atZone(settings.current().timeZone()).toInstant();
            } catch (DateTimeParseException e) {
                redirect.addFlashAttribute("problem", "campaigns.bad-time");
                return "redirect:/admin/campaigns/" + id;
            }
        }
        var outcome = desk.send(id, time, staff).orElseThrow(AdminCampaignController::notFound);
        if (!outcome.isDone()) {
            redirect.addFlashAttribute("problem", outcome.refusal());
            return "redirect:/admin/campaigns/" + id;
        }
        redirect.addFlashAttribute("notice", time == null ? "campaigns.sending" : "campaigns.scheduled");
        return "redirect:/admin/campaigns/" + id + "/results";
    }

    @PostMapping("/admin/campaigns/{id}/stop")
    String stop(@AuthenticationPrincipal Staff staff, @PathVariable long id, RedirectAttributes redirect) {
        boolean stopped = desk.stop(id, staff).orElseThrow(AdminCampaignController::notFound);
        redirect.addFlashAttribute(stopped ? "notice" : "problem", stopped ? "campaigns.stopped" : "campaigns.not-stoppable");
        return "redirect:/admin/campaigns/" + id + "/results";
    }

    private String form(CampaignForm form, ReleaseMailing.Version release, Campaign campaign, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("release", release);
        model.addAttribute("campaign", campaign);
        model.addAttribute("versions", releases.versions(release.id()));
        model.addAttribute("audiences", contacts.audiences());
        model.addAttribute("review", settings.current().review());
        var zone = settings.current().timeZone();
        model.addAttribute("defaultTime", release.liftsAt() == null ? ""
                : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(zone).format(release.liftsAt()));
        return "admin/campaigns/edit";
    }

    private static void refuse(BindingResult result, CampaignDesk.Outcome outcome) {
        if (outcome.field() == null) {
            result.reject(outcome.refusal());
        } else {
            result.rejectValue(outcome.field(), outcome.refusal());
        }
    }

    private Campaign campaign(long id) {
        return queries.find(id).orElseThrow(AdminCampaignController::notFound);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
