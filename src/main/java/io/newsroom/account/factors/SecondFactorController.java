package io.newsroom.account.factors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.newsroom.account.Staff;
import io.newsroom.account.signin.SignInSessions;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of a password sign-in: a code from the authenticator app or a recovery code (or a
 * passkey instead). A wrong code counts as a wrong password does: toward the account's lock and
 * the address's throttle.
 */
@Controller
class SecondFactorController {

    private final SecondFactors factors;
    private final SignInSessions sessions;

    SecondFactorController(SecondFactors factors, SignInSessions sessions) {
        this.factors = factors;
        this.sessions = sessions;
    }

    @GetMapping("/admin/login/code")
    String form(Authentication authentication, Model model) {
        if (!SignInSessions.isAwaitingSecondFactor(authentication)) {
            return "redirect:/admin";
        }
        model.addAttribute("factors", factors.of(((Staff) authentication.getPrincipal()).id()));
        return "account/code";
    }

    @PostMapping("/admin/login/code")
    String check(Authentication authentication, @RequestParam(defaultValue = "") String code, Model model,
                 HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!SignInSessions.isAwaitingSecondFactor(authentication)) {
            return "redirect:/admin/login";
        }
        var staff = (Staff) authentication.getPrincipal();
        var result = factors.check(staff.id(), code, request.getRemoteAddr());
        if (result == SecondFactors.Code.REFUSED || result == SecondFactors.Code.WRONG) {
            model.addAttribute("problem", result == SecondFactors.Code.REFUSED ? "login.code.locked" : "login.code.wrong");
            return form(authentication, model);
        }
        String target = sessions.complete(staff, request, response);
        if (result == SecondFactors.Code.RECOVERY_CODE) {
            redirect.addFlashAttribute("notice", "login.code.recovery-used");
            redirect.addFlashAttribute("noticeArgument", factors.of(staff.id()).recoveryCodesLeft());
        }
        return "redirect:" + target;
    }
}
