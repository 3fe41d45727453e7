package io.newsroom.account.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.newsroom.account.Staff;
import io.newsroom.account.model.PasswordPolicy;
import io.newsroom.account.signin.PasswordGuesses;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Any staff member changes their own password; their other sessions end. A wrong current password
 * counts toward the account's lock like a failed sign-in.
 */
@Controller
class PasswordController {

    private final Accounts accounts;
    private final PasswordPolicy policy;
    private final PasswordGuesses guesses;

    PasswordController(Accounts accounts, PasswordPolicy policy, PasswordGuesses guesses) {
        this.accounts = accounts;
        this.policy = policy;
        this.guesses = guesses;
    }

    @GetMapping("/admin/password")
    String form(Model model) {
        model.addAttribute("form", PasswordForm.empty());
        return "account/password";
    }

    @PostMapping("/admin/password")
    String change(@AuthenticationPrincipal Staff staff, @Valid @ModelAttribute("form") PasswordForm form,
                  BindingResult result, HttpServletRequest request, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("currentPassword")) {
            if (!guesses.mayGuess(staff.email(), request.getRemoteAddr())) {
                result.rejectValue("currentPassword", "password.too-many-guesses");
            } else if (!accounts.passwordMatches(staff.id(), form.currentPassword())) {
                guesses.wrong(staff.email(), request.getRemoteAddr());
                result.rejectValue("currentPassword", "password.current-wrong");
            }
        }
        if (!result.hasFieldErrors("newPassword")) {
            policy.check(form.newPassword(), staff.email(), staff.getDisplayName())
                    .ifPresent(problem -> result.rejectValue("newPassword", problem));
        }
        if (!result.hasFieldErrors("repeatPassword") && !form.newPassword().equals(form.repeatPassword())) {
            result.rejectValue("repeatPassword", "password.mismatch");
        }
        if (result.hasErrors()) {
            return "account/password";
        }
        accounts.changePassword(staff.id(), form.newPassword());
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/admin/login?password-changed";
    }
}
