package io.newsroom.release;

import jakarta.validation.Valid;

import io.newsroom.account.Staff;
import io.newsroom.audit.AuditLog;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff add, rename and delete categories; a category in use cannot be deleted. */
@Controller
class AdminCategoryController {

    private final Categories categories;
    private final PressReleases releases;
    private final Revisions revisions;
    private final AuditLog audit;

    AdminCategoryController(Categories categories, PressReleases releases, Revisions revisions, AuditLog audit) {
        this.categories = categories;
        this.releases = releases;
        this.revisions = revisions;
        this.audit = audit;
    }

    record Row(Category category, long releases) {
    }

    @GetMapping("/admin/categories")
    String list(Model model) {
        model.addAttribute("rows", categories.findAllByOrderByNameAsc().stream()
                .map(category -> new Row(category, releases.countByCategory(category))).toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CategoryForm(""));
        }
        return "admin/categories";
    }

    @PostMapping("/admin/categories")
    @Transactional
    String add(@AuthenticationPrincipal Staff staff, @Valid @ModelAttribute("form") CategoryForm form,
               BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && categories.existsByNameIgnoreCase(form.name().strip())) {
            result.rejectValue("name", "category.name-taken");
        }
        if (result.hasErrors()) {
            return list(model);
        }
        var slug = Slug.suggestFor(form.name()).shortenedTo(Category.SLUG_LENGTH - 4); // room for "-999"
        var unique = slug.value();
        for (int n = 2; categories.existsBySlug(unique); n++) {
            unique = slug.value() + "-" + n;
        }
        categories.save(new Category(unique, form.name().strip()));
        audit.record(staff.actor(), "category.created", form.name().strip());
        redirect.addFlashAttribute("notice", "category.created");
        return "redirect:/admin/categories";
    }

    @PostMapping("/admin/categories/{id}/rename")
    @Transactional
    String rename(@AuthenticationPrincipal Staff staff, @PathVariable long id, @Valid CategoryForm form,
                  BindingResult result, RedirectAttributes redirect) {
        var category = find(id);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("problem", "category.name-invalid");
        } else if (!category.getName().equalsIgnoreCase(form.name().strip())
                && categories.existsByNameIgnoreCase(form.name().strip())) {
            redirect.addFlashAttribute("problem", "category.name-taken");
        } else {
            audit.record(staff.actor(), "category.renamed", category.getName() + " → " + form.name().strip());
            category.rename(form.name());
            redirect.addFlashAttribute("notice", "category.renamed");
        }
        return "redirect:/admin/categories";
    }

    @PostMapping("/admin/categories/{id}/delete")
    @Transactional
    String delete(@AuthenticationPrincipal Staff staff, @PathVariable long id, RedirectAttributes redirect) {
        var category = find(id);
        long used = releases.countByCategory(category);
        if (used > 0 || revisions.countByCategory(category) > 0) {
            redirect.addFlashAttribute("problem", "category.in-use");
            redirect.addFlashAttribute("problemArgument", used);
            return "redirect:/admin/categories";
        }
        categories.delete(category);
        audit.record(staff.actor(), "category.deleted", category.getName());
        redirect.addFlashAttribute("notice", "category.deleted");
        return "redirect:/admin/categories";
    }

    private Category find(long id) {
        return categories.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
