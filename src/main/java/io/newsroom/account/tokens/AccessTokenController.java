package io.newsroom.account.tokens;

import java.time.Clock;
import java.time.Duration;

import jakarta.validation.Valid;

import io.newsroom.account.Staff;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each member of staff makes, sees and revokes their own access tokens for the staff API. */
@Controller
class AccessTokenController {

    private final AccessTokens tokens;
    private final Clock clock;

    AccessTokenController(AccessTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping("/admin/tokens")
    String list(@AuthenticationPrincipal Staff staff, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TokenForm.empty());
        }
        return page(staff, model);
    }

    @PostMapping("/admin/tokens")
    String create(@AuthenticationPrincipal Staff staff, @Valid @ModelAttribute("form") TokenForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(staff, model);
        }
        String token = tokens.create(staff, form.name().strip(), form.scope(), Duration.ofDays(form.days()));
        // shown once, on the next page, and never again: only its hash is kept
        redirect.addFlashAttribute("newToken", token);
        redirect.addFlashAttribute("notice", "tokens.created");
        return "redirect:/admin/tokens";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal Staff staff, @PathVariable long id, RedirectAttributes redirect) {
        if (tokens.revoke(staff, id)) {
            redirect.addFlashAttribute("notice", "tokens.revoked");
        } else {
            redirect.addFlashAttribute("problem", "tokens.not-yours");
        }
        return "redirect:/admin/tokens";
    }

    private String page(Staff staff, Model model) {
        model.addAttribute("tokens", tokens.of(staff));
        model.addAttribute("now", clock.instant());
        model.addAttribute("scopes", AccessTokens.Scope.values());
        return "account/tokens";
    }
}
