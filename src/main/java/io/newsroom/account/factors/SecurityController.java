package io.newsroom.account.factors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import io.newsroom.account.Staff;
import io.newsroom.account.signin.SignInSessions;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member's own sign-in security: passkeys (added by the page's script through Spring
 * Security's registration endpoints; named, renamed and removed here), the authenticator app with
 * its QR code, and recovery codes. With "every account must have a second factor" on, the last
 * factor cannot be removed, and a session without one is sent here until it has one.
 */
@Controller
class SecurityController {

    /** The secret being set up, kept in the session until the app's first code confirms it. */
    private static final String PENDING_SECRET = "newsroom.totp.pending";
    private static final String ISSUER = "Newsroom";

    private final SecondFactors factors;
    private final StaffPasskeys passkeys;
    private final SignInSessions sessions;

    SecurityController(SecondFactors factors, StaffPasskeys passkeys, SignInSessions sessions) {
        this.factors = factors;
        this.passkeys = passkeys;
        this.sessions = sessions;
    }

    @GetMapping("/admin/account/security")
    String page(Authentication authentication, HttpSession session, Model model, HttpServletRequest request,
                HttpServletResponse response, RedirectAttributes redirect) {
        var staff = (Staff) authentication.getPrincipal();
        var mine = factors.of(staff.id());
        if (SignInSessions.isSettingUpSecondFactor(authentication) && mine.any()) {
            // a passkey was just added by the page's script: password and passkey make the sign-in complete
            sessions.complete(staff, request, response);
            redirect.addFlashAttribute("notice", "security.set-up");
            return "redirect:/admin/account/security";
        }
        model.addAttribute("factors", mine);
        model.addAttribute("passkeys", passkeys.of(staff.email()));
        model.addAttribute("required", factors.required());
        model.addAttribute("settingUp", SignInSessions.isSettingUpSecondFactor(authentication));
        if (session.getAttribute(PENDING_SECRET) instanceof String secret) {
            model.addAttribute("pendingSecret", secret.replaceAll("(.{4})", "$1 ").strip());
            model.addAttribute("qrCode", QrCodes.svg(Totp.uri(ISSUER, staff.email(), secret),
                    "QR code for your authenticator app"));
        }
        return "account/security";
    }

    @PostMapping("/admin/account/security/totp")
    String startTotp(HttpSession session) {
        session.setAttribute(PENDING_SECRET, Totp.newSecret());
        return "redirect:/admin/account/security#totp";
    }

    @PostMapping("/admin/account/security/totp/confirm")
    String confirmTotp(Authentication authentication, HttpSession session, @RequestParam(defaultValue = "") String code,
                       HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        var staff = (Staff) authentication.getPrincipal();
        if (!(session.getAttribute(PENDING_SECRET) instanceof String secret)) {
            return "redirect:/admin/account/security";
        }
        var codes = factors.enableTotp(staff, secret, code);
        if (codes.isEmpty()) {
            redirect.addFlashAttribute("problem", "security.totp.wrong-code");
            return "redirect:/admin/account/security#totp";
        }
        session.removeAttribute(PENDING_SECRET);
        if (SignInSessions.isSettingUpSecondFactor(authentication)) {
            sessions.complete(staff, request, response);
        }
        redirect.addFlashAttribute("recoveryCodes", codes.get());
        redirect.addFlashAttribute("notice", "security.totp.on");
        return "redirect:/admin/account/security#recovery";
    }

    @PostMapping("/admin/account/security/totp/cancel")
    String cancelTotp(HttpSession session) {
        session.removeAttribute(PENDING_SECRET);
        return "redirect:/admin/account/security";
    }

    /** Turning the app off takes one of its codes (or a recovery code): a session left open is not enough. */
    @PostMapping("/admin/account/security/totp/remove")
    String removeTotp(Authentication authentication, @RequestParam(defaultValue = "") String code,
                      HttpServletRequest request, RedirectAttributes redirect) {
        var staff = (Staff) authentication.getPrincipal();
        var mine = factors.of(staff.id());
        if (factors.required() && mine.passkeys() == 0) {
            redirect.addFlashAttribute("problem", "security.last-factor");
            return "redirect:/admin/account/security";
        }
        var result = factors.check(staff.id(), code, request.getRemoteAddr());
        if (result == SecondFactors.Code.REFUSED || result == SecondFactors.Code.WRONG) {
            redirect.addFlashAttribute("problem", result == SecondFactors.Code.REFUSED ? "login.code.locked" : "login.code.wrong");
            return "redirect:/admin/account/security";
        }
        factors.disableTotp(staff);
        redirect.addFlashAttribute("notice", "security.totp.off");
        return "redirect:/admin/account/security";
    }

    @PostMapping("/admin/account/security/recovery-codes")
    String newRecoveryCodes(Authentication authentication, RedirectAttributes redirect) {
        var staff = (Staff) authentication.getPrincipal();
        if (!factors.of(staff.id()).totp()) {
            return "redirect:/admin/account/security";
        }
        redirect.addFlashAttribute("recoveryCodes", factors.replaceRecoveryCodes(staff));
        return "redirect:/admin/account/security#recovery";
    }

    @PostMapping("/admin/account/security/passkeys/{id}/rename")
    String renamePasskey(Authentication authentication, @PathVariable String id, @RequestParam(defaultValue = "") String label,
                         RedirectAttributes redirect) {
        var staff = (Staff) authentication.getPrincipal();
        var passkey = passkeys.findOwn(staff.email(), id);
        if (passkey.isEmpty()) {
            return "redirect:/admin/account/security";
        }
        if (label.isBlank() || label.length() > 100) {
            redirect.addFlashAttribute("problem", "security.passkey.label");
            return "redirect:/admin/account/security";
        }
        passkeys.rename(passkey.get(), label.strip(), staff.actor());
        redirect.addFlashAttribute("notice", "security.passkey.renamed");
        return "redirect:/admin/account/security";
    }

    @PostMapping("/admin/account/security/passkeys/{id}/remove")
    String removePasskey(Authentication authentication, @PathVariable String id, RedirectAttributes redirect) {
        var staff = (Staff) authentication.getPrincipal();
        var passkey = passkeys.findOwn(staff.email(), id);
        if (passkey.isEmpty()) {
            return "redirect:/admin/account/security";
        }
        var mine = factors.of(staff.id());
        if (factors.required() && !mine.totp() && mine.passkeys() <= 1) {
            redirect.addFlashAttribute("problem", "security.last-factor");
            return "redirect:/admin/account/security";
        }
        Bytes credentialId = passkey.get().getCredentialId();
        passkeys.delete(credentialId);
        redirect.addFlashAttribute("notice", "security.passkey.removed");
        return "redirect:/admin/account/security";
    }
}
