package io.newsroom.release.editor;

import jakarta.validation.Valid;

import io.newsroom.account.Staff;
import io.newsroom.release.model.Category;
import io.newsroom.release.model.CategoryDesk;
import io.newsroom.release.model.StaffReleaseLookup;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff add, rename and delete categories; a category in use cannot be deleted. A refused name is
 * a message next to its field, with what was typed kept.
 */
@Controller
class AdminCategoryController {

    private final StaffReleaseLookup lookup;
    private final CategoryDesk desk;

    AdminCategoryController(StaffReleaseLookup lookup, CategoryDesk desk) {
        this.lookup = lookup;
        this.desk = desk;
    }

    record Row(Category category, long releases) {
    }

    @GetMapping("/admin/categories")
    String list(Model model) {
        model.addAttribute("rows", lookup.categories().stream()
                .map(category -> new Row(category, lookup.releasesIn(category))).toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CategoryForm(""));
        }
        return "admin/categories";
    }

    @PostMapping("/admin/categories")
    String add(@AuthenticationPrincipal Staff staff, @Valid @ModelAttribute("form") CategoryForm form,
               BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && desk.add(form.name(), staff) instanceof CategoryDesk.Refused refused) {
            result.rejectValue("name", refused.messageKey());
        }
        if (result.hasErrors()) {
            return list(model);
        }
        redirect.addFlashAttribute("notice", "category.created");
        return "redirect:/admin/categories";
    }

    @PostMapping("/admin/categories/{id}/rename")
    String rename(@AuthenticationPrincipal Staff staff, @PathVariable long id, @Valid CategoryForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        var category = find(id);
        String problem = result.hasErrors() ? "category.name-invalid"
                : desk.rename(category, form.name(), staff) instanceof CategoryDesk.Refused refused ? refused.messageKey()
                : null;
        if (problem != null) {
            model.addAttribute("renaming", id);
            model.addAttribute("renameValue", form.name());
            model.addAttribute("renameProblem", problem);
            return list(model);
        }
        redirect.addFlashAttribute("notice", "category.renamed");
        return "redirect:/admin/categories";
    }

    @PostMapping("/admin/categories/{id}/delete")
    String delete(@AuthenticationPrincipal Staff staff, @PathVariable long id, RedirectAttributes redirect) {
        if (desk.delete(find(id), staff) instanceof CategoryDesk.Refused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemArgument", refused.count());
        } else {
            redirect.addFlashAttribute("notice", "category.deleted");
        }
        return "redirect:/admin/categories";
    }

    private Category find(long id) {
        return lookup.category(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
