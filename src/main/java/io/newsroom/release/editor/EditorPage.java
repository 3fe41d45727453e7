package io.newsroom.release.editor;

import java.time.Clock;
import java.util.List;

import io.newsroom.media.MediaLibrary;
import io.newsroom.release.embargo.PreviewLinks;
import io.newsroom.release.model.Categories;
import io.newsroom.release.model.PressRelease;
import io.newsroom.release.model.ReleaseForm;
import io.newsroom.release.model.ReleaseStatus;
import io.newsroom.release.model.Revisions;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;

/** The editor page: the form with what the page shows beside it, and the page of a conflict. */
@Component
class EditorPage {

    private final Categories categories;
    private final Revisions revisions;
    private final PreviewLinks previewLinks;
    private final MediaLibrary media;
    private final Clock clock;

    EditorPage(Categories categories, Revisions revisions, PreviewLinks previewLinks, MediaLibrary media, Clock clock) {
        this.categories = categories;
        this.revisions = revisions;
        this.previewLinks = previewLinks;
        this.media = media;
        this.clock = clock;
    }

    String show(PressRelease release, ReleaseForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("release", release);
        model.addAttribute("status", release == null ? ReleaseStatus.DRAFT : release.statusAt(clock.instant()));
        model.addAttribute("categories", categories.findAllByOrderByNameAsc());
        model.addAttribute("revisions", release == null ? List.of() : revisions.findHistory(release.getId()));
        model.addAttribute("previewLinks", release == null ? List.of() : previewLinks.findByReleaseIdOrderByIdDesc(release.getId()));
        model.addAttribute("heroImage", media.find(form.heroImageId()).orElse(null));
        model.addAttribute("maxFileSize", maxFileSize());
        model.addAttribute("editor", true);
        return "admin/release/edit";
    }

    /** Someone saved first: both texts side by side, the editor's own ready to copy or keep. */
    String conflict(PressRelease current, ReleaseForm mine, Model model) {
        model.addAttribute("current", current);
        model.addAttribute("mine", mine);
        model.addAttribute("form", new ReleaseForm(mine.title(), mine.slug(), mine.categoryId(), mine.summary(),
                mine.body(), mine.publishAt(), mine.heroImageId(), mine.heroImageAlt(), null, mine.removeImage(),
                current.getVersion()));
        model.addAttribute("categories", categories.findAllByOrderByNameAsc());
        return "admin/release/conflict";
    }

    /** A binding result for a form the controller did not receive, so that errors can be added to it. */
    BindingResult bind(ReleaseForm form, Model model) {
        var result = new DirectFieldBindingResult(form, "form");
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        return result;
    }

    private String maxFileSize() {
        return media.maxFileSizeLabel();
    }
}
