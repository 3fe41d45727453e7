package io.newsroom.account.staff;

import static org.springframework.http.HttpStatus.BAD_REQUEST;

import java.util.Locale;

import io.newsroom.account.Staff;
import io.newsroom.account.WorkingLanguages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member of staff's own account: who they are, and the language they work in, chosen on this
 * page or with the switch in the admin's header. Until they choose, the admin follows their
 * browser; the choice holds on every instance and device, and for the mail they get.
 */
@Controller
class AccountController {

    private final Accounts accounts;
    private final WorkingLanguages languages;

    AccountController(Accounts accounts, WorkingLanguages languages) {
        this.accounts = accounts;
        this.languages = languages;
    }

    @GetMapping("/admin/account")
    String account(@AuthenticationPrincipal Staff staff, Model model) {
        var account = accounts.find(staff.id()).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("chosen", account.language().map(Locale::toLanguageTag).orElse(""));
        return "account/account";
    }

    @PostMapping("/admin/account/language")
    String chooseLanguage(@AuthenticationPrincipal Staff staff, @RequestParam(name = "language", defaultValue = "") String code,
                          @RequestParam(name = "back", defaultValue = "/admin/account") String back,
                          RedirectAttributes redirect) {
        Locale chosen = null;
        if (!code.isBlank()) {
            chosen = languages.all().stream().filter(language -> language.toLanguageTag().equalsIgnoreCase(code)).findFirst()
                    .orElseThrow(() -> new ResponseStatusException(BAD_REQUEST, "Not a language of this newsroom"));
        }
        accounts.workIn(staff.id(), chosen);
        redirect.addFlashAttribute("notice", "account.language.saved");
        return "redirect:" + adminPathOrAccount(back);
    }

    /** Only a page of the admin, on this site, is gone back to. */
    static String adminPathOrAccount(String back) {
        boolean ours = back.startsWith("/admin") && !back.startsWith("//") && !back.contains("\\") && !back.contains("://")
                && back.chars().noneMatch(c -> c < 0x20);
        return ours ? back : "/admin/account";
    }
}
