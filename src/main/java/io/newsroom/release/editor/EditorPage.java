package io.newsroom.release.editor;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.newsroom.media.MediaLibrary;
import io.newsroom.release.model.PressRelease;
import io.newsroom.release.model.ReleaseStatus;
import io.newsroom.release.model.StaffReleaseLookup;
import io.newsroom.settings.Languages;
import io.newsroom.web.ImportMap;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;

/** The editor page: the form with what the page shows beside it, and the page of a conflict. */
@Component
class EditorPage {

    private final StaffReleaseLookup lookup;
    private final EditorSidebar sidebar;
    private final MediaLibrary media;
    private final Languages languages;
    private final Clock clock;

    EditorPage(StaffReleaseLookup lookup, EditorSidebar sidebar, MediaLibrary media, Languages languages, Clock clock) {
        this.lookup = lookup;
        this.sidebar = sidebar;
        this.media = media;
        this.languages = languages;
        this.clock = clock;
    }

    /** The language a new release is written in: one of the newsroom's, else its default. */
    Locale languageOf(String code) {
        return code == null ? languages.defaultLanguage() : languages.byCode(code).orElse(languages.defaultLanguage());
    }

    String show(PressRelease release, ReleaseForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("release", release);
        model.addAttribute("status", release == null ? ReleaseStatus.DRAFT : release.statusAt(clock.instant()));
        model.addAttribute("categories", lookup.categories());
        sidebar.rights(release, model);
        if (release == null) {
            model.addAttribute("revisions", List.of());
            model.addAttribute("previewLinks", List.of());
            model.addAttribute("translations", List.of());
            model.addAttribute("languages", languages.all().stream().map(l -> new LanguageChoice(l.toLanguageTag(),
                    Languages.nativeName(l), l.equals(languages.defaultLanguage()))).toList());
        } else {
            sidebar.fill(release, model);
            model.addAttribute("publicPath", languages.releasePath(release.getLanguage(), release.getSlug()));
            model.addAttribute("languageName", Languages.nativeName(Locale.forLanguageTag(release.getLanguage())));
        }
        model.addAttribute("heroImage", media.find(form.heroImageId()).orElse(null));
        model.addAttribute("maxFileSize", maxFileSize());
        model.addAttribute("editor", true);
        model.addAttribute("importMap", ImportMap.JSON);
        return "admin/release/edit";
    }

    /** A language a new release can be written in. */
    public record LanguageChoice(String code, String name, boolean selected) {
    }

    /** Someone saved first: both texts side by side, the editor's own ready to copy or keep. */
    String conflict(PressRelease current, ReleaseForm mine, Model model) {
        model.addAttribute("current", current);
        model.addAttribute("mine", mine);
        model.addAttribute("form", new ReleaseForm(mine.title(), mine.slug(), mine.categoryId(), mine.summary(),
                mine.body(), mine.publishAt(), mine.heroImageId(), mine.heroImageAlt(), null, mine.removeImage(),
                current.getVersion(), mine.endAt(), mine.contactName(), mine.contactEmail(), mine.contactPhone()));
        model.addAttribute("categories", lookup.categories());
        model.addAttribute("maxFileSize", maxFileSize());
        model.addAttribute("editor", true);
        model.addAttribute("importMap", ImportMap.JSON);
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
