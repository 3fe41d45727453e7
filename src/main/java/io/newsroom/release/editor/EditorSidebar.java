package io.newsroom.release.editor;

import java.time.Clock;

import io.newsroom.account.Staff;
import io.newsroom.release.embargo.PreviewLinks;
import io.newsroom.release.model.PressRelease;
import io.newsroom.release.model.ReviewPolicy;
import io.newsroom.release.model.StaffReleaseLookup;
import io.newsroom.release.model.Translations;
import io.newsroom.settings.SettingsLookup;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the editor shows beside a release's text: its translations, its revisions, its preview links. */
@Component
class EditorSidebar {

    private final StaffReleaseLookup lookup;
    private final PreviewLinks previewLinks;
    private final Translations translations;
    private final SettingsLookup settings;
    private final Clock clock;

    EditorSidebar(StaffReleaseLookup lookup, PreviewLinks previewLinks, Translations translations, SettingsLookup settings,
                  Clock clock) {
        this.lookup = lookup;
        this.previewLinks = previewLinks;
        this.translations = translations;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What the signed-in member may do with this release (null: a new one) under review before
     * publishing, by the rules the desk enforces.
     */
    void rights(PressRelease release, Model model) {
        var review = settings.current().review();
        var now = clock.instant();
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Staff staff)) {
            model.addAttribute("rights", new EditorRights(false, false, false, false, null));
            return;
        }
        var publishing = ReviewPolicy.refusesPublishing(review, release, staff);
        model.addAttribute("rights", new EditorRights(
                ReviewPolicy.refusesChanging(review, release, staff, now).isEmpty(), publishing.isEmpty(),
                ReviewPolicy.refusesSubmitting(review, release, now).isEmpty(),
                release != null && ReviewPolicy.refusesSendingBack(release, staff).isEmpty(), publishing.orElse(null)));
    }

    void fill(PressRelease release, Model model) {
        model.addAttribute("revisions", lookup.history(release.getId()));
        model.addAttribute("previewLinks", previewLinks.findByReleaseIdOrderByIdDesc(release.getId()));
        model.addAttribute("translations", translations.of(release, clock.instant()));
    }
}
