package io.newsroom.alert;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.newsroom.formguard.FormGuard;
import io.newsroom.release.ReleaseLookup;
import io.newsroom.settings.Languages;
import io.newsroom.web.Choice;
import io.newsroom.web.RequestLanguage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/** "Get our releases by email": subscribe, confirm, unsubscribe. */
@Controller
class AlertController {

    private final Alerts alerts;
    private final FormGuard guard;
    private final ReleaseLookup releases;
    private final Languages languages;

    AlertController(Alerts alerts, FormGuard guard, ReleaseLookup releases, Languages languages) {
        this.languages = languages;
        this.alerts = alerts;
        this.guard = guard;
        this.releases = releases;
    }

    @GetMapping("/alerts")
    String form(Locale language, Model model) {
        return show(new AlertForm("", List.of(), List.of(language.toLanguageTag()), "", guard.newToken()), model);
    }

    @PostMapping("/alerts")
    String subscribe(@Valid @ModelAttribute("form") AlertForm form, BindingResult result, Model model,
                     HttpServletRequest request, HttpServletResponse response) {
        var known = releases.categories().stream().map(ReleaseLookup.CategoryRef::slug).toList();
        if (!known.containsAll(form.chosenCategories())) {
            result.rejectValue("categories", "alerts.categories.unknown");
        }
        if (form.chosenLanguages().stream().anyMatch(l -> languages.byCode(l).isEmpty())) {
            result.rejectValue("languages", "alerts.languages.unknown");
        }
        if (result.hasErrors()) {
            return show(form, model);
        }
        var verdict = guard.judge(form.token(), form.website(), request.getRemoteAddr(), null);
        if (!(verdict instanceof FormGuard.Accept accepted)) {
            response.setStatus(verdict.status());
            model.addAttribute("problem", verdict.problem());
            return show(verdict instanceof FormGuard.Expired
                    ? new AlertForm(form.email(), form.categories(), form.languages(), "", guard.newToken()) : form, model);
        }
        // a form is sent once: a resent one (a double click, a replay) changes and mails nothing
        if (accepted.isGenuine() && guard.spend(form.token())) {
            var asked = RequestContextUtils.getLocale(request);
            // none ticked: the releases in the language of the page
            var wanted = form.chosenLanguages().isEmpty() ? List.of(asked.toLanguageTag()) : form.chosenLanguages();
            alerts.subscribe(form.email(), form.chosenCategories(), wanted, asked);
        }
        return "redirect:" + RequestLanguage.prefix() + "/alerts/check-your-inbox";
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
        model.addAttribute("languages", Choice.of(languages.all(), Locale::toLanguageTag, Languages::nativeName,
                l -> form.languages() != null && form.languages().contains(l.toLanguageTag())));
        return "alert/subscribe";
    }
}
