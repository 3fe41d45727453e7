package io.newsroom.release;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import io.newsroom.account.Staff;
import io.newsroom.media.Image;
import io.newsroom.media.ImageRejectedException;
import io.newsroom.media.MediaLibrary;
import io.newsroom.settings.SiteSettings;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** The editor page: the checks beyond the form's annotations, and what the page shows beside the form. */
@Component
class EditorSupport {

    private final PressReleases releases;
    private final Categories categories;
    private final Revisions revisions;
    private final PreviewLinks previewLinks;
    private final MediaLibrary media;
    private final SiteSettings settings;
    private final Clock clock;

    EditorSupport(PressReleases releases, Categories categories, Revisions revisions, PreviewLinks previewLinks,
                  MediaLibrary media, SiteSettings settings, Clock clock) {
        this.releases = releases;
        this.categories = categories;
        this.revisions = revisions;
        this.previewLinks = previewLinks;
        this.media = media;
        this.settings = settings;
        this.clock = clock;
    }

    /** Rejects what the annotations cannot see; returns the chosen category when there is one. */
    Category validate(PressRelease release, ReleaseForm form, String action, BindingResult result) {
        Category category = form.categoryId() == null ? null : categories.findById(form.categoryId()).orElse(null);
        if (form.categoryId() != null && category == null) {
            result.rejectValue("categoryId", "release.category.missing");
        }
        if (!result.hasFieldErrors("slug") && !result.hasFieldErrors("title") && form.title() != null) {
            String slug = form.slugOrSuggestion().value();
            boolean taken = release == null ? releases.existsBySlug(slug)
                    : releases.existsBySlugAndIdNot(slug, release.getId());
            if (taken) {
                result.rejectValue("slug", "release.slug.taken");
            }
        }
        boolean image = form.keptImageId() != null || form.hasNewImage();
        if (image && (form.heroImageAlt() == null || form.heroImageAlt().isBlank())) {
            result.rejectValue("heroImageAlt", "release.alt.required");
        }
        if (form.heroImageId() != null && media.find(form.heroImageId()).isEmpty()) {
            result.rejectValue("heroImageId", "release.image.missing");
        }
        if (form.hasNewImage() && form.heroImageFile().getSize() > media.maxFileSize().toBytes()) {
            result.rejectValue("heroImageFile", "media.rejected.too-large", new Object[] {maxFileSize()}, null);
        }
        if ("schedule".equals(action)) {
            var zone = settings.current().timeZone();
            if (form.publishAt() == null) {
                result.rejectValue("publishAt", "release.schedule.needs-time");
            } else if (!form.publishAt().atZone(zone).toInstant().isAfter(clock.instant())) {
                result.rejectValue("publishAt", "release.schedule.in-past");
            }
        }
        if (release != null && release.getStatus() == ReleaseStatus.TRASHED && !"save".equals(action)) {
            result.reject("release.is-trashed");
        }
        return category;
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

    Image store(MultipartFile file, Staff staff) throws ImageRejectedException, IOException {
        return media.store(file.getOriginalFilename(), file.getSize(), file.getInputStream(), staff.getDisplayName());
    }

    /** A binding result for a form the controller did not receive, so that errors can be added to it. */
    BindingResult bind(ReleaseForm form, Model model) {
        var result = new DirectFieldBindingResult(form, "form");
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        return result;
    }

    String maxFileSize() {
        return media.maxFileSizeLabel();
    }
}
