package io.newsroom.contacts.admin;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import io.newsroom.account.Staff;
import io.newsroom.contacts.model.Contact;
import io.newsroom.contacts.model.ContactDesk;
import io.newsroom.contacts.model.ContactFilter;
import io.newsroom.contacts.model.ContactQueries;
import io.newsroom.contacts.model.LawfulBasis;
import io.newsroom.web.Csv;
import io.newsroom.web.Pagination;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.util.UriComponentsBuilder;

/** The media list: contacts found by filter, one at a time to add, change or forget, and as CSV. */
@Controller
class AdminContactController {

    private static final int PAGE_SIZE = 50;

    private final ContactQueries queries;
    private final ContactDesk desk;

    AdminContactController(ContactQueries queries, ContactDesk desk) {
        this.queries = queries;
        this.desk = desk;
    }

    @GetMapping("/admin/contacts")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String tag,
                @RequestParam(required = false) String beat, @RequestParam(required = false) String language,
                @RequestParam(required = false) String outlet, @RequestParam(required = false) Long list,
                @RequestParam(defaultValue = "1") int page, Model model) {
        var filter = new ContactFilter(q, tag, beat, language, outlet, list);
        int current = Math.max(page, 1);
        var found = queries.find(filter, PageRequest.of(current - 1, PAGE_SIZE, Sort.by("email")));
        model.addAttribute("contacts", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("filter", filter);
        model.addAttribute("lists", queries.lists());
        model.addAttribute("segments", queries.segments());
        model.addAttribute("pagination", Pagination.of(current, found.getTotalPages(),
                n -> address("/admin/contacts", filter).queryParam("page", n).encode().build().toUriString()));
        model.addAttribute("exportLink", address("/admin/contacts.csv", filter).encode().build().toUriString());
        return "admin/contacts/list";
    }

    static UriComponentsBuilder address(String path, ContactFilter filter) {
        return UriComponentsBuilder.fromPath(path).queryParamIfPresent("q", Optional.ofNullable(filter.q()))
                .queryParamIfPresent("tag", Optional.ofNullable(filter.tag()))
                .queryParamIfPresent("beat", Optional.ofNullable(filter.beat()))
                .queryParamIfPresent("language", Optional.ofNullable(filter.language()))
                .queryParamIfPresent("outlet", Optional.ofNullable(filter.outlet()))
                .queryParamIfPresent("list", Optional.ofNullable(filter.listId()));
    }

    @GetMapping("/admin/contacts.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q, @RequestParam(required = false) String tag,
                                  @RequestParam(required = false) String beat,
                                  @RequestParam(required = false) String language,
                                  @RequestParam(required = false) String outlet, @RequestParam(required = false) Long list) {
        var filter = new ContactFilter(q, tag, beat, language, outlet, list);
        return Csv.download("contacts.csv", List.of("Email", "First name", "Last name", "Outlet", "Title", "Beats", "Tags",
                        "Language", "Country", "Phone", "Notes", "Lawful basis"), queries.all(filter),
                c -> List.of(c.getEmail(), nn(c.getFirstName()), nn(c.getLastName()), nn(c.getOutlet()),
                        nn(c.getJobTitle()), c.beatText(), c.tagText(), nn(c.getLanguage()), nn(c.getCountry()),
                        nn(c.getPhone()), nn(c.getNotes()), c.getLawfulBasis().name()));
    }

    private static String nn(String value) {
        return value == null ? "" : value;
    }

    @GetMapping("/admin/contacts/new")
    String create(Model model) {
        return form(ContactForm.empty(), null, model);
    }

    @PostMapping("/admin/contacts/new")
    String create(@AuthenticationPrincipal Staff staff, @Valid @ModelAttribute("form") ContactForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(form, null, model);
        }
        var done = desk.create(form.details(), form.lists(), staff.actor());
        if (!done.isDone()) {
            result.rejectValue(done.refusal().field(), done.refusal().key());
            return form(form, null, model);
        }
        redirect.addFlashAttribute("notice", "contacts.saved");
        return "redirect:/admin/contacts/" + done.value();
    }

    @GetMapping("/admin/contacts/{id}")
    String edit(@PathVariable long id, Model model) {
        var contact = contact(id);
        return form(ContactForm.of(contact, queries.listsOf(id)), contact, model);
    }

    @PostMapping("/admin/contacts/{id}")
    String change(@AuthenticationPrincipal Staff staff, @PathVariable long id,
                  @Valid @ModelAttribute("form") ContactForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        var contact = contact(id);
        if (result.hasErrors()) {
            return form(form, contact, model);
        }
        var done = desk.change(id, form.version() == null ? -1 : form.version(), form.details(), form.lists(),
                staff.actor()).orElseThrow(AdminContactController::notFound);
        if (!done.isDone()) {
            if (done.refusal().field() == null) {
                result.reject(done.refusal().key());
            } else {
                result.rejectValue(done.refusal().field(), done.refusal().key());
            }
            return form(form, contact, model);
        }
        redirect.addFlashAttribute("notice", "contacts.saved");
        return "redirect:/admin/contacts/" + id;
    }

    /** ADMIN only (see the access rules): the person is gone for good, apart from a suppression hash. */
    @PostMapping("/admin/contacts/{id}/forget")
    String forget(@AuthenticationPrincipal Staff staff, @PathVariable long id, RedirectAttributes redirect) {
        if (!desk.forget(id, staff.actor())) {
            throw notFound();
        }
        redirect.addFlashAttribute("notice", "contacts.forgotten");
        return "redirect:/admin/contacts";
    }

    private String form(ContactForm form, Contact contact, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("contact", contact);
        model.addAttribute("bases", LawfulBasis.values());
        model.addAttribute("lists", queries.lists());
        model.addAttribute("suppression", contact == null ? null : queries.suppression(contact.getEmail()).orElse(null));
        return "admin/contacts/edit";
    }

    private Contact contact(long id) {
        return queries.find(id).orElseThrow(AdminContactController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
