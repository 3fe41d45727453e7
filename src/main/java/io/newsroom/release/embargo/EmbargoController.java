package io.newsroom.release.embargo;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.newsroom.account.Staff;
import io.newsroom.settings.Languages;
import io.newsroom.web.RequestLanguage;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Embargoed previews: staff make private links to a release that is not public yet; whoever has
 * one sees the release with an "EMBARGOED until" banner, never indexed, until the link is revoked.
 * Once the release is public the link leads to its public page.
 */
@Controller
class EmbargoController {

    private final PreviewLinkDesk desk;

    private final Languages languages;

    EmbargoController(PreviewLinkDesk desk, Languages languages) {
        this.desk = desk;
        this.languages = languages;
    }

    /** The label staff give a link: who it is for. */
    record LinkForm(@NotBlank @Size(max = 100) String label) {
    }

    @GetMapping("/news/preview/{token}")
    String preview(@PathVariable String token, Model model, HttpServletResponse response) {
        var opened = desk.open(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (opened instanceof PreviewLinkDesk.Public out) {
            return "redirect:" + languages.releasePath(out.language(), out.slug());
        }
        var embargoed = (PreviewLinkDesk.Embargoed) opened;
        RequestLanguage.use(java.util.Locale.forLanguageTag(embargoed.page().release().getLanguage()));
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        model.addAttribute("page", embargoed.page());
        model.addAttribute("preview", true);
        model.addAttribute("embargoPreview", true);
        model.addAttribute("embargoUntil", embargoed.until());
        return "release/show";
    }

    @PostMapping("/admin/releases/{id}/preview-links")
    String create(@AuthenticationPrincipal Staff staff, @PathVariable long id, @Valid LinkForm form,
                  BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("problem", "embargo.label-invalid");
        } else if (desk.create(id, form.label(), staff)) {
            redirect.addFlashAttribute("notice", "embargo.created");
        } else {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/admin/releases/" + id;
    }

    @PostMapping("/admin/releases/{id}/preview-links/{linkId}/revoke")
    String revoke(@AuthenticationPrincipal Staff staff, @PathVariable long id, @PathVariable long linkId,
                  RedirectAttributes redirect) {
        if (!desk.revoke(id, linkId, staff)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "embargo.revoked");
        return "redirect:/admin/releases/" + id;
    }
}
