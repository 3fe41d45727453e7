package io.newsroom.release.editor;

import java.time.Clock;

import io.newsroom.release.embargo.PreviewLinks;
import io.newsroom.release.model.PressRelease;
import io.newsroom.release.model.Revisions;
import io.newsroom.release.model.Translations;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the editor shows beside a release's text: its translations, its revisions, its preview links. */
@Component
class EditorSidebar {

    private final Revisions revisions;
    private final PreviewLinks previewLinks;
    private final Translations translations;
    private final Clock clock;

    EditorSidebar(Revisions revisions, PreviewLinks previewLinks, Translations translations, Clock clock) {
        this.revisions = revisions;
        this.previewLinks = previewLinks;
        this.translations = translations;
        this.clock = clock;
    }

    void fill(PressRelease release, Model model) {
        model.addAttribute("revisions", revisions.findHistory(release.getId()));
        model.addAttribute("previewLinks", previewLinks.findByReleaseIdOrderByIdDesc(release.getId()));
        model.addAttribute("translations", translations.of(release, clock.instant()));
    }
}
