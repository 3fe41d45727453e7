package io.newsroom.release.editor;

import io.newsroom.account.Staff;
import io.newsroom.release.model.ReleaseDesk;
import io.newsroom.settings.Languages;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff start a release's translation into another language, and mark a translation as up to date. */
@Controller
class TranslationController {

    private final ReleaseDesk desk;
    private final Languages languages;

    TranslationController(ReleaseDesk desk, Languages languages) {
        this.desk = desk;
        this.languages = languages;
    }

    @PostMapping("/admin/releases/{id}/translations")
    String start(@AuthenticationPrincipal Staff staff, @PathVariable long id, @RequestParam String language,
                 RedirectAttributes redirect) {
        var into = languages.byCode(language)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such language"));
        try {
            var translation = desk.startTranslation(id, into, staff);
            redirect.addFlashAttribute("notice", "release.translation-started");
            return "redirect:/admin/releases/" + translation.getId();
        } catch (java.util.NoSuchElementException missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (IllegalStateException exists) {
            redirect.addFlashAttribute("problem", "release.translation-exists");
            return "redirect:/admin/releases/" + id;
        }
    }

    @PostMapping("/admin/releases/{id}/translation-current")
    String current(@AuthenticationPrincipal Staff staff, @PathVariable long id, RedirectAttributes redirect) {
        try {
            desk.markTranslationCurrent(id, staff);
            redirect.addFlashAttribute("notice", "release.translation-current");
        } catch (java.util.NoSuchElementException missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (IllegalStateException notATranslation) {
            redirect.addFlashAttribute("problem", "release.action.not-now");
        }
        return "redirect:/admin/releases/" + id;
    }
}
