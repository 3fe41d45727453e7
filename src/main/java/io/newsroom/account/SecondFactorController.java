package io.newsroom.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
    private final PasswordGuesses guesses;
    private final SignInSessions sessions;

    SecondFactorController(SecondFactors factors, PasswordGuesses guesses, SignInSessions sessions) {
        this.factors = factors;
        this.guesses = guesses;
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
        String address = request.getRemoteAddr();
        if (!guesses.mayGuess(staff.email(), address)) {
            model.addAttribute("problem", "login.code.locked");
            return form(authentication, model);
        }
        var result = factors.check(staff.id(), code.length() > 40 ? code.substring(0, 40) : code);
        if (result == SecondFactors.Code.WRONG) {
            guesses.wrong(staff.email(), address);
            model.addAttribute("problem", "login.code.wrong");
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
