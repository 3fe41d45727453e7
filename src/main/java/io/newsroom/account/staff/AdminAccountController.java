package io.newsroom.account.staff;


import jakarta.validation.Valid;

import io.newsroom.account.Role;
import io.newsroom.account.Staff;
import io.newsroom.account.factors.SecondFactors;
import io.newsroom.account.model.PasswordPolicy;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN only: staff accounts, their roles, and turning them off. */
@Controller
class AdminAccountController {

    private final Accounts accounts;
    private final PasswordPolicy policy;
    private final SecondFactors factors;

    AdminAccountController(Accounts accounts, PasswordPolicy policy, SecondFactors factors) {
        this.accounts = accounts;
        this.policy = policy;
        this.factors = factors;
    }

    /** Whether every staff account must have a second factor (an authenticator app or a passkey). */
    @PostMapping("/admin/accounts/second-factor")
    String requireSecondFactor(@AuthenticationPrincipal Staff admin,
                               @RequestParam(defaultValue = "false") boolean required, RedirectAttributes redirect) {
        factors.require(required, admin);
        redirect.addFlashAttribute("notice", required ? "accounts.second-factor.required" : "accounts.second-factor.optional");
        return "redirect:/admin/accounts";
    }

    /** For a member who lost their app, passkeys and recovery codes: they set up new ones at their next sign-in. */
    @PostMapping("/admin/accounts/{id}/reset-factors")
    String resetFactors(@AuthenticationPrincipal Staff admin, @PathVariable long id, RedirectAttributes redirect) {
        factors.reset(id, admin);
        redirect.addFlashAttribute("notice", "accounts.factors-reset");
        return "redirect:/admin/accounts";
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("secondFactors", factors.holders());
        model.addAttribute("secondFactorRequired", factors.required());
        model.addAttribute("roles", Role.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", AccountForm.empty());
        }
        return "account/accounts";
    }

    @PostMapping("/admin/accounts")
    String create(@AuthenticationPrincipal Staff admin, @Valid @ModelAttribute("form") AccountForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("email") && accounts.exists(form.email())) {
            result.rejectValue("email", "account.email-taken");
        }
        if (!result.hasFieldErrors("password")) {
            policy.check(form.password(), form.email(), form.displayName())
                    .ifPresent(problem -> result.rejectValue("password", problem));
        }
        if (result.hasErrors()) {
            return list(model);
        }
        var account = accounts.create(admin.actor(), form.email(), form.displayName(), form.password(), form.role());
        redirect.addFlashAttribute("notice", "account.created");
        redirect.addFlashAttribute("noticeArgument", account.getEmail());
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/disable")
    String disable(@AuthenticationPrincipal Staff admin, @PathVariable long id, RedirectAttributes redirect) {
        if (id == admin.id()) {
            redirect.addFlashAttribute("problem", "account.cannot-disable-self");
        } else {
            accounts.disable(admin.actor(), id);
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/enable")
    String enable(@AuthenticationPrincipal Staff admin, @PathVariable long id) {
        accounts.enable(admin.actor(), id);
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/role")
    String role(@AuthenticationPrincipal Staff admin, @PathVariable long id, @RequestParam Role role,
                RedirectAttributes redirect) {
        if (id == admin.id()) {
            redirect.addFlashAttribute("problem", "account.cannot-demote-self");
        } else {
            accounts.changeRole(admin.actor(), id, role);
        }
        return "redirect:/admin/accounts";
    }
}
