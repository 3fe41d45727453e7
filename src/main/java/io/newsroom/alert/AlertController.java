package io.newsroom.alert;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.newsroom.formguard.FormGuard;
import io.newsroom.release.ReleaseLookup;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Get our releases by email": subscribe, confirm, unsubscribe. */
@Controller
class AlertController {

    private final Alerts alerts;
    private final FormGuard guard;
    private final ReleaseLookup releases;

    AlertController(Alerts alerts, FormGuard guard, ReleaseLookup releases) {
        this.alerts = alerts;
        this.guard = guard;
        this.releases = releases;
    }

    @GetMapping("/alerts")
    String form(Model model) {
        return show(new AlertForm("", List.of(), "", guard.newToken()), model);
    }

    @PostMapping("/alerts")
    String subscribe(@Valid @ModelAttribute("form") AlertForm form, BindingResult result, Model model,
                     HttpServletRequest request, HttpServletResponse response) {
        var known = releases.categories().stream().map(ReleaseLookup.CategoryRef::slug).toList();
        if (!known.containsAll(form.chosenCategories())) {
            result.rejectValue("categories", "alerts.categories.unknown");
        }
        if (result.hasErrors()) {
            return show(form, model);
        }
        var verdict = guard.judge(form.token(), form.website(), request.getRemoteAddr(), null);
        if (!(verdict instanceof FormGuard.Accept accepted)) {
            response.setStatus(verdict.status());
            model.addAttribute("problem", verdict.problem());
            return show(verdict instanceof FormGuard.Expired
                    ? new AlertForm(form.email(), form.categories(), "", guard.newToken()) : form, model);
        }
        // a form is sent once: a resent one (a double click, a replay) changes and mails nothing
        if (accepted.isGenuine() && guard.spend(form.token())) {
            alerts.subscribe(form.email(), form.chosenCategories());
        }
        return "redirect:/alerts/check-your-inbox";
    }

    @GetMapping("/alerts/check-your-inbox")
    String checkInbox() {
        return "alert/check-inbox";
    }

    /** The link in the mail shows a button: a GET never changes anything, and link scanners only GET. */
    @GetMapping("/alerts/confirm")
    String confirmPage(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        return "alert/confirm";
    }

    @PostMapping("/alerts/confirm")
    String confirm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("confirmed", token != null && alerts.confirm(token).isPresent());
        return "alert/confirmed";
    }

    @GetMapping("/alerts/unsubscribe/{token}")
    String unsubscribePage(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        return "alert/unsubscribe";
    }

    /** Also the one-click address of List-Unsubscribe, which mail clients POST to without a form token. */
    @PostMapping("/alerts/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        model.addAttribute("unsubscribed", alerts.unsubscribe(token));
        return "alert/unsubscribed";
    }

    private String show(AlertForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("categories", releases.categories());
        return "alert/subscribe";
    }
}
