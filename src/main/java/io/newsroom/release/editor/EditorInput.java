package io.newsroom.release.editor;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import io.newsroom.account.Staff;
import io.newsroom.media.Image;
import io.newsroom.media.ImageRejectedException;
import io.newsroom.media.MediaLibrary;
import io.newsroom.release.model.Category;
import io.newsroom.release.model.PressRelease;
import io.newsroom.release.model.ReleaseAutosaves;
import io.newsroom.release.model.ReleaseStatus;
import io.newsroom.release.model.ReviewPolicy;
import io.newsroom.release.model.StaffReleaseLookup;
import io.newsroom.settings.SettingsLookup;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the editor sends, checked and taken in: the checks beyond the form's annotations (category,
 * slug, alt text, image size, schedule time), and the uploaded image, stored through the media library.
 */
@Component
class EditorInput {

    private final StaffReleaseLookup lookup;
    private final MediaLibrary media;
    private final SettingsLookup settings;
    private final Clock clock;
    private final ReleaseAutosaves autosaves;

    EditorInput(StaffReleaseLookup lookup, MediaLibrary media, SettingsLookup settings, Clock clock,
                ReleaseAutosaves autosaves) {
        this.autosaves = autosaves;
        this.lookup = lookup;
        this.media = media;
        this.settings = settings;
        this.clock = clock;
    }

    /** Rejects what the annotations cannot see; returns the chosen category when there is one. */
    Category validate(PressRelease release, ReleaseForm form, String action, Staff staff, BindingResult result) {
        checkReview(release, action, staff, result);
        Category category = lookup.category(form.categoryId()).orElse(null);
        if (form.categoryId() != null && category == null) {
            result.rejectValue("categoryId", "release.category.missing");
        }
        if (!result.hasFieldErrors("slug") && !result.hasFieldErrors("title") && form.title() != null) {
            String slug = form.slugOrSuggestion().value();
            boolean taken = lookup.slugTaken(slug, release);
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
        checkEnd(release, form, action, result);
        if (form.hasOwnContact() && !result.hasFieldErrors("contactName") && !result.hasFieldErrors("contactEmail")) {
            if (form.contactName() == null || form.contactName().isBlank()) {
                result.rejectValue("contactName", "release.contact.needs-name");
            }
            if (form.contactEmail() == null || form.contactEmail().isBlank()) {
                result.rejectValue("contactEmail", "release.contact.needs-email");
            }
        }
        if (release != null && release.getStatus() == ReleaseStatus.TRASHED && !"save".equals(action)) {
            result.reject("release.is-trashed");
        }
        return category;
    }

    /** What review before publishing lets this member do: the desk enforces the same rules. */
    private void checkReview(PressRelease release, String action, Staff staff, BindingResult result) {
        var review = settings.current().review();
        var now = clock.instant();
        ReviewPolicy.refusesChanging(review, release, staff, now).ifPresent(result::reject);
        if ("publish".equals(action) || "schedule".equals(action)) {
            ReviewPolicy.refusesPublishing(review, release, staff).ifPresent(result::reject);
        }
        if ("submit".equals(action)) {
            ReviewPolicy.refusesSubmitting(review, release, now).ifPresent(result::reject);
        }
    }

    /** An end time, when set or changed, lies in the future and after the moment the release appears. */
    private void checkEnd(PressRelease release, ReleaseForm form, String action, BindingResult result) {
        if (form.endAt() == null || result.hasFieldErrors("endAt")) {
            return;
        }
        var zone = settings.current().timeZone();
        var end = form.endAt().atZone(zone).toInstant();
        boolean unchanged = release != null && end.equals(release.getEndsAt());
        var now = clock.instant();
        // an ended release keeps its end while its text is saved or previewed; publishing needs a new one
        boolean appearing = "publish".equals(action) || "schedule".equals(action);
        if (!end.isAfter(now) && !(unchanged && !appearing)) {
            result.rejectValue("endAt", "release.end.in-past");
            return;
        }
        Instant appears = "publish".equals(action) ? now
                : form.publishAt() != null && ("schedule".equals(action) || release != null && release.getPublishedAt() != null)
                ? form.publishAt().atZone(zone).toInstant() : null;
        if (appears != null && !end.isAfter(appears)) {
            result.rejectValue("endAt", "release.end.before-start");
        }
    }

    Image store(MultipartFile file, Staff staff) throws ImageRejectedException, IOException {
        return media.store(file.getOriginalFilename(), file.getSize(), file.getInputStream(), staff.getDisplayName());
    }

    /** A saved release makes its author's autosaves moot: that of the release, and that of the new one. */
    void saved(long releaseId, Staff staff) {
        autosaves.discard(staff.id(), releaseId);
        autosaves.discard(staff.id(), null);
    }

    String maxFileSize() {
        return media.maxFileSizeLabel();
    }
}
