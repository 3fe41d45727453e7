package io.newsroom.release.editor;

import java.util.List;

import io.newsroom.account.Staff;
import io.newsroom.release.model.PressRelease;
import io.newsroom.release.model.PublicReleases;
import io.newsroom.release.model.ReleaseDesk;
import io.newsroom.release.model.ReviewRefusedException;
import io.newsroom.release.model.StaffReleaseLookup;
import io.newsroom.web.RequestLanguage;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Unpublish, trash, restore, delete for good, preview and revisions of one release. */
@Controller
class ReleaseActionsController {

    private static final DiffRowGenerator DIFF = DiffRowGenerator.create()
            .showInlineDiffs(false)
            .lineNormalizer(line -> line)
            .build();

    private final StaffReleaseLookup lookup;
    private final ReleaseDesk desk;
    private final PublicReleases pages;

    ReleaseActionsController(StaffReleaseLookup lookup, ReleaseDesk desk, PublicReleases pages) {
        this.lookup = lookup;
        this.desk = desk;
        this.pages = pages;
    }

    @PostMapping("/admin/releases/{id}/unpublish")
    String unpublish(@AuthenticationPrincipal Staff staff, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "release.unpublished", () -> desk.unpublish(id, staff));
    }

    /** A reviewer returns a submitted release to its editor, saying what needs to change. */
    @PostMapping("/admin/releases/{id}/send-back")
    String sendBack(@AuthenticationPrincipal Staff staff, @PathVariable long id,
                    @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
        var release = find(id);
        if (comment.isBlank() || comment.length() > 2000) {
            redirect.addFlashAttribute("problem", "review.comment.needed");
            return "redirect:/admin/releases/" + id + "#review";
        }
        try {
            desk.sendBack(id, comment, staff);
        } catch (ReviewRefusedException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/admin/releases/" + id;
        }
        redirect.addFlashAttribute("notice", "review.sent-back-notice");
        redirect.addFlashAttribute("noticeArgument", release.getSubmittedByName());
        return "redirect:/admin/releases/" + id;
    }

    @PostMapping("/admin/releases/{id}/trash")
    String trash(@AuthenticationPrincipal Staff staff, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "release.trashed", () -> desk.trash(id, staff));
    }

    @PostMapping("/admin/releases/{id}/restore")
    String restore(@AuthenticationPrincipal Staff staff, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "release.restored", () -> desk.restoreFromTrash(id, staff));
    }

    @PostMapping("/admin/releases/{id}/delete")
    String delete(@AuthenticationPrincipal Staff staff, @PathVariable long id, RedirectAttributes redirect) {
        find(id);
        try {
            desk.deleteForGood(id, staff);
        } catch (IllegalStateException notInTrash) {
            redirect.addFlashAttribute("problem", "release.delete.not-trashed");
            return "redirect:/admin/releases/" + id;
        }
        redirect.addFlashAttribute("notice", "release.deleted");
        return "redirect:/admin/releases?status=TRASHED";
    }

    /** The public page as it will look, for staff only, never indexed. */
    @GetMapping("/admin/releases/{id}/preview")
    String preview(@PathVariable long id, Model model) {
        var release = find(id);
        model.addAttribute("page", pages.preview(release));
        model.addAttribute("preview", true);
        // in the release's language, as its public page will be
        RequestLanguage.use(java.util.Locale.forLanguageTag(release.getLanguage()));
        return "release/show";
    }

    @GetMapping("/admin/releases/{id}/revisions/{revisionId}")
    String revision(@PathVariable long id, @PathVariable long revisionId, Model model) {
        var release = find(id);
        var revision = lookup.revision(id, revisionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<DiffRow> rows = DIFF.generateDiffRows(lines(revision.getBody()), lines(release.getBody()));
        model.addAttribute("release", release);
        model.addAttribute("revision", revision);
        model.addAttribute("rows", rows);
        return "admin/release/revision";
    }

    @PostMapping("/admin/releases/{id}/revisions/{revisionId}/restore")
    String restoreRevision(@AuthenticationPrincipal Staff staff, @PathVariable long id, @PathVariable long revisionId,
                           RedirectAttributes redirect) {
        var revision = lookup.revision(id, revisionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            desk.restoreRevision(id, revision, staff);
        } catch (ReviewRefusedException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/admin/releases/" + id;
        } catch (OptimisticLockingFailureException raced) {
            // saved (or published by the scheduler) at that very moment: nothing was restored, nothing lost
            redirect.addFlashAttribute("problem", "release.changed-meanwhile");
            return "redirect:/admin/releases/" + id;
        }
        redirect.addFlashAttribute("notice", "release.revision-restored");
        return "redirect:/admin/releases/" + id;
    }

    private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
        find(id);
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (IllegalStateException notNow) {
            redirect.addFlashAttribute("problem", "release.action.not-now");
        }
        return "redirect:/admin/releases/" + id;
    }

    private PressRelease find(long id) {
        return lookup.release(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\r?\n", -1));
    }
}
