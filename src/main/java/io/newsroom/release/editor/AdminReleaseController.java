package io.newsroom.release.editor;

import java.io.IOException;
import java.time.Instant;

import jakarta.validation.Valid;

import io.newsroom.account.Staff;
import io.newsroom.media.ImageRejectedException;
import io.newsroom.release.model.Category;
import io.newsroom.release.model.PressRelease;
import io.newsroom.release.model.ReleaseDesk;
import io.newsroom.release.model.ReviewRefusedException;
import io.newsroom.release.model.StaffReleaseLookup;
import io.newsroom.settings.SettingsLookup;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor: a new release, an existing one, saving with what the button asked. The list is
 * {@link AdminReleaseListController}; status changes are in {@link ReleaseActionsController}.
 */
@Controller
class AdminReleaseController {

    private final StaffReleaseLookup lookup;
    private final ReleaseDesk desk;
    private final EditorInput input;
    private final EditorPage editor;
    private final SettingsLookup settings;

    AdminReleaseController(StaffReleaseLookup lookup, ReleaseDesk desk, EditorInput input, EditorPage editor,
                           SettingsLookup settings) {
        this.lookup = lookup;
        this.desk = desk;
        this.input = input;
        this.editor = editor;
        this.settings = settings;
    }

    @GetMapping("/admin/releases/new")
    String create(Model model) {
        return editor.show(null, ReleaseForm.empty(), model);
    }

    @PostMapping("/admin/releases")
    String create(@AuthenticationPrincipal Staff staff, @Valid @ModelAttribute("form") ReleaseForm form,
                  BindingResult result, @RequestParam(defaultValue = "save") String action,
                  @RequestParam(required = false) String language, Model model, RedirectAttributes redirect) {
        var category = input.validate(null, form, action, staff, result);
        if (result.hasErrors()) {
            return editor.show(null, form, model);
        }
        PressRelease release;
        try {
            release = desk.create(editFrom(form, category, action), editor.languageOf(language), staff);
        } catch (DataIntegrityViolationException raced) {
            result.rejectValue("slug", "release.slug.taken");
            return editor.show(null, form, model);
        } catch (ReviewRefusedException refused) {
            // the review settings changed since the checks above: nothing was written
            result.reject(refused.messageKey());
            return editor.show(null, form, model);
        }
        return afterSave(release.getId(), form, action, staff, model, redirect);
    }

    @GetMapping("/admin/releases/{id}")
    String edit(@PathVariable long id, Model model) {
        var release = find(id);
        return editor.show(release, ReleaseForm.of(release, settings.current().timeZone()), model);
    }

    @PostMapping("/admin/releases/{id}")
    String update(@AuthenticationPrincipal Staff staff, @PathVariable long id,
                  @Valid @ModelAttribute("form") ReleaseForm form, BindingResult result,
                  @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        var release = find(id);
        var category = input.validate(release, form, action, staff, result);
        if (result.hasErrors()) {
            return editor.show(release, form, model);
        }
        try {
            if (desk.update(id, editFrom(form, category, action), staff) instanceof ReleaseDesk.Conflict conflict) {
                return editor.conflict(conflict.current(), form, model);
            }
        } catch (OptimisticLockingFailureException raced) {
            return editor.conflict(find(id), form, model);
        } catch (DataIntegrityViolationException raced) {
            result.rejectValue("slug", "release.slug.taken");
            return editor.show(release, form, model);
        } catch (ReviewRefusedException refused) {
            result.reject(refused.messageKey());
            return editor.show(release, form, model);
        }
        return afterSave(id, form, action, staff, model, redirect);
    }

    /**
     * The button's whole action runs in the transaction that saves the text, unless a new image came
     * with it: then the text is saved first, the image processed and stored, and the action runs in
     * the transaction that shows the image. A refused image never costs the text.
     */
    private ReleaseDesk.Edit editFrom(ReleaseForm form, Category category, String action) {
        var wanted = ReleaseDesk.Action.of(action);
        return new ReleaseDesk.Edit(form.text(category), form.hasNewImage() ? ReleaseDesk.Action.SAVE : wanted, at(form),
                form.endAt() == null ? null : form.endAt().atZone(settings.current().timeZone()).toInstant());
    }

    private Instant at(ReleaseForm form) {
        return form.publishAt() == null ? null : form.publishAt().atZone(settings.current().timeZone()).toInstant();
    }

    private String afterSave(long id, ReleaseForm form, String action, Staff staff, Model model,
                             RedirectAttributes redirect) {
        input.saved(id, staff);
        var wanted = ReleaseDesk.Action.of(action);
        if (form.hasNewImage()) {
            try {
                var image = input.store(form.heroImageFile(), staff);
                desk.showNewImage(id, image.id(), form.heroImageAlt(), wanted, at(form), staff);
            } catch (ImageRejectedException e) {
                var release = find(id);
                var shown = ReleaseForm.of(release, settings.current().timeZone());
                var result = editor.bind(shown, model);
                result.rejectValue("heroImageFile", e.messageKey(),
                        new Object[] {input.maxFileSize()}, null);
                model.addAttribute("notice", "release.saved-without-image");
                return editor.show(release, shown, model);
            } catch (IOException e) {
                throw new IllegalStateException("Could not read the upload", e);
            }
        }
        switch (wanted) {
            case PUBLISH -> redirect.addFlashAttribute("notice", "release.published");
            case SCHEDULE -> redirect.addFlashAttribute("notice", "release.scheduled");
            case PREVIEW -> {
                return "redirect:/admin/releases/" + id + "/preview";
            }
            case SAVE -> redirect.addFlashAttribute("notice", "release.saved");
            case SUBMIT -> redirect.addFlashAttribute("notice", "review.submitted-notice");
        }
        return "redirect:/admin/releases/" + id;
    }

    private PressRelease find(long id) {
        return lookup.release(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
