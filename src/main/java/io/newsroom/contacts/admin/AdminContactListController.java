package io.newsroom.contacts.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.newsroom.account.Staff;
import io.newsroom.contacts.model.ContactFilter;
import io.newsroom.contacts.model.ContactQueries;
import io.newsroom.contacts.model.ListDesk;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Lists (chosen by hand) and segments (saved filters): made, filled from a filter, and deleted. */
@Controller
class AdminContactListController {

    private final ContactQueries queries;
    private final ListDesk desk;

    AdminContactListController(ContactQueries queries, ListDesk desk) {
        this.queries = queries;
        this.desk = desk;
    }

    record NameForm(@NotBlank @Size(max = 100) String name) {
    }

    @GetMapping("/admin/contacts/lists")
    String lists(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NameForm(""));
        }
        model.addAttribute("lists", queries.lists());
        model.addAttribute("segments", queries.segments());
        return "admin/contacts/lists";
    }

    @PostMapping("/admin/contacts/lists")
    String createList(@AuthenticationPrincipal Staff staff, @Valid @ModelAttribute("form") NameForm form,
                      BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            var done = desk.createList(form.name(), staff.actor());
            if (done.isDone()) {
                redirect.addFlashAttribute("notice", "contacts.list-created");
                return "redirect:/admin/contacts/lists";
            }
            result.rejectValue(done.refusal().field(), done.refusal().key());
        }
        return lists(model);
    }

    @PostMapping("/admin/contacts/lists/{id}/delete")
    String deleteList(@AuthenticationPrincipal Staff staff, @PathVariable long id, RedirectAttributes redirect) {
        if (desk.deleteList(id, staff.actor())) {
            redirect.addFlashAttribute("notice", "contacts.list-deleted");
        }
        return "redirect:/admin/contacts/lists";
    }

    /** Everyone the contacts page's filter finds goes on the list. */
    @PostMapping("/admin/contacts/lists/add")
    String addFound(@AuthenticationPrincipal Staff staff, @RequestParam long listId,
                    @RequestParam(required = false) String q, @RequestParam(required = false) String tag,
                    @RequestParam(required = false) String beat, @RequestParam(required = false) String language,
                    @RequestParam(required = false) String outlet, @RequestParam(required = false) Long list,
                    RedirectAttributes redirect) {
        int added = desk.addToList(listId, new ContactFilter(q, tag, beat, language, outlet, list), staff.actor());
        redirect.addFlashAttribute("added", added);
        return "redirect:/admin/contacts?list=" + listId;
    }

    @PostMapping("/admin/contacts/lists/{id}/remove")
    String remove(@PathVariable long id, @RequestParam long contactId, RedirectAttributes redirect) {
        desk.removeFromList(id, contactId);
        redirect.addFlashAttribute("notice", "contacts.removed-from-list");
        return "redirect:/admin/contacts?list=" + id;
    }

    @PostMapping("/admin/contacts/segments")
    String saveSegment(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "") String name,
                       @RequestParam(required = false) String tag, @RequestParam(required = false) String beat,
                       @RequestParam(required = false) String language, @RequestParam(required = false) String outlet,
                       RedirectAttributes redirect) {
        var filter = new ContactFilter(null, tag, beat, language, outlet, null);
        if (name.isBlank() || name.length() > 100) {
            redirect.addFlashAttribute("segmentProblem", "contacts.segment-name-needed");
        } else {
            var done = desk.saveSegment(name, filter, staff.actor());
            redirect.addFlashAttribute(done.isDone() ? "notice" : "segmentProblem",
                    done.isDone() ? "contacts.segment-saved" : done.refusal().key());
        }
        return "redirect:" + AdminContactController.address("/admin/contacts", filter).encode().build().toUriString();
    }

    @PostMapping("/admin/contacts/segments/{id}/delete")
    String deleteSegment(@AuthenticationPrincipal Staff staff, @PathVariable long id, RedirectAttributes redirect) {
        if (desk.deleteSegment(id, staff.actor())) {
            redirect.addFlashAttribute("notice", "contacts.segment-deleted");
        }
        return "redirect:/admin/contacts/lists";
    }
}
