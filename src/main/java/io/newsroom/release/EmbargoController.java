package io.newsroom.release;

import java.time.Clock;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import io.newsroom.account.Staff;
import io.newsroom.audit.AuditLog;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Embargoed previews: staff make private links to a release that is not public yet; whoever has
 * one sees the release with an "EMBARGOED until" banner, never indexed, until the link is revoked.
 * Once the release is public the link leads to its public page.
 */
@Controller
class EmbargoController {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,64}");

    private final PreviewLinks links;
    private final PressReleases releases;
    private final PublicReleases pages;
    private final AuditLog audit;
    private final Clock clock;

    EmbargoController(PreviewLinks links, PressReleases releases, PublicReleases pages, AuditLog audit, Clock clock) {
        this.links = links;
        this.releases = releases;
        this.pages = pages;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/news/preview/{token}")
    @Transactional
    String preview(@PathVariable String token, Model model, HttpServletResponse response) {
        var link = TOKEN.matcher(token).matches() ? links.findByToken(token).filter(PreviewLink::isActive).orElse(null) : null;
        var release = link == null ? null : releases.findById(link.getReleaseId()).orElse(null);
        if (release == null || release.getStatus() == ReleaseStatus.TRASHED) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (release.isPublicAt(clock.instant())) {
            return "redirect:/news/" + release.getSlug();
        }
        link.used(clock.instant());
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        model.addAttribute("page", pages.preview(release));
        model.addAttribute("preview", true);
        model.addAttribute("embargoPreview", true);
        model.addAttribute("embargoUntil", release.getStatus() == ReleaseStatus.SCHEDULED ? release.getPublishedAt() : null);
        return "release/show";
    }

    @PostMapping("/admin/releases/{id}/preview-links")
    @Transactional
    String create(@AuthenticationPrincipal Staff staff, @PathVariable long id, @RequestParam String label,
                  RedirectAttributes redirect) {
        var release = releases.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String name = label == null || label.isBlank() ? "" : label.strip();
        if (name.isEmpty() || name.length() > 100) {
            redirect.addFlashAttribute("problem", "embargo.label-invalid");
        } else {
            links.save(new PreviewLink(release.getId(), name, staff.getDisplayName(), clock.instant()));
            audit.record(staff.actor(), "release.preview-link-created", release.getTitle() + " → " + name);
            redirect.addFlashAttribute("notice", "embargo.created");
        }
        return "redirect:/admin/releases/" + id;
    }

    @PostMapping("/admin/releases/{id}/preview-links/{linkId}/revoke")
    @Transactional
    String revoke(@AuthenticationPrincipal Staff staff, @PathVariable long id, @PathVariable long linkId,
                  RedirectAttributes redirect) {
        var link = links.findByIdAndReleaseId(linkId, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        link.revoke(clock.instant());
        audit.record(staff.actor(), "release.preview-link-revoked", link.getLabel());
        redirect.addFlashAttribute("notice", "embargo.revoked");
        return "redirect:/admin/releases/" + id;
    }
}
