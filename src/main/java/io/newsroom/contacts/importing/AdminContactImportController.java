package io.newsroom.contacts.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.newsroom.account.Staff;
import io.newsroom.contacts.model.ContactImporter;
import io.newsroom.contacts.model.ContactQueries;
import io.newsroom.contacts.model.LawfulBasis;
import io.newsroom.contacts.model.ListDesk;
import io.newsroom.contacts.model.StagedImport;
import io.newsroom.mail.Suppressions;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a media list from a spreadsheet: upload, then a preview with the columns' meaning,
 * the rows that cannot be imported and why, and what would be new or merged; nothing is a
 * contact until the preview is confirmed, and then all of it is, in one transaction.
 */
@Controller
@RequestMapping("/admin/contacts/import")
class AdminContactImportController {

    private final ContactImporter importer;
    private final ContactQueries queries;
    private final ListDesk desk;
    private final Suppressions suppressions;

    AdminContactImportController(ContactImporter importer, ContactQueries queries, ListDesk desk,
                                 Suppressions suppressions) {
        this.importer = importer;
        this.queries = queries;
        this.desk = desk;
        this.suppressions = suppressions;
    }

    /** What the preview form sends: the field of each column, the basis for new contacts, and a list. */
    record Choices(List<ImportField> column, LawfulBasis basis, Long listId, String newList) {

        Choices {
            basis = basis == null ? LawfulBasis.LEGITIMATE_INTEREST : basis;
            newList = newList == null ? "" : newList.strip();
        }
    }

    @GetMapping
    String form() {
        return "admin/contacts/import";
    }

    @PostMapping
    String upload(@AuthenticationPrincipal Staff staff, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", new Problem("contacts.import.no-file", List.of()));
            return "admin/contacts/import";
        }
        if (file.getSize() > CsvFile.MAX_BYTES) {
            model.addAttribute("problem", new Problem("contacts.import.too-large", List.of(CsvFile.MAX_BYTES / 1024 / 1024)));
            return "admin/contacts/import";
        }
        try {
            var decoded = CsvFile.decode(file.getBytes());
            CsvFile.parse(decoded.text());
            String name = file.getOriginalFilename() == null ? "contacts.csv" : file.getOriginalFilename();
            long id = importer.stage(name.length() > 200 ? name.substring(0, 200) : name, decoded.text(),
                    decoded.encoding(), staff.id());
            return "redirect:/admin/contacts/import/" + id;
        } catch (Unreadable unreadable) {
            model.addAttribute("problem", new Problem(unreadable.key(), List.of(unreadable.arguments())));
            return "admin/contacts/import";
        }
    }

    record Problem(String key, List<Object> arguments) {
    }

    @GetMapping("/{id}")
    String preview(@AuthenticationPrincipal Staff staff, @PathVariable long id, Model model) throws Unreadable {
        var staged = staged(staff, id);
        var file = CsvFile.parse(staged.getContent());
        var columns = file.header().stream().map(ImportField::forHeading).toList();
        return show(staged, file, new Choices(columns, null, null, null), model);
    }

    @PostMapping("/{id}")
    String confirm(@AuthenticationPrincipal Staff staff, @PathVariable long id, Choices choices,
                   @RequestParam(defaultValue = "preview") String action, Model model, RedirectAttributes redirect)
            throws Unreadable {
        var staged = staged(staff, id);
        var file = CsvFile.parse(staged.getContent());
        var columns = columns(choices, file);
        var preview = preview(file, columns, choices.basis());
        if (!action.equals("import") || preview.rows().isEmpty() || !columns.contains(ImportField.EMAIL)) {
            return show(staged, file, new Choices(columns, choices.basis(), choices.listId(), choices.newList()), model);
        }
        Long listId = choices.listId();
        if (!choices.newList().isEmpty()) {
            var made = desk.createList(choices.newList().length() > 100 ? choices.newList().substring(0, 100)
                    : choices.newList(), staff.actor());
            listId = made.isDone() ? made.value()
                    : queries.lists().stream().filter(l -> l.list().getName().equalsIgnoreCase(choices.newList()))
                    .map(l -> l.list().getId()).findFirst().orElse(null);
        }
        var done = importer.confirm(id, staff.id(), preview.rows(), listId, staff.actor());
        if (done.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        // flash attributes travel in the session: plain numbers, not records
        redirect.addFlashAttribute("importedNew", done.get().created());
        redirect.addFlashAttribute("importedKnown", done.get().merged());
        redirect.addFlashAttribute("skipped", preview.problems().size());
        return listId == null ? "redirect:/admin/contacts" : "redirect:/admin/contacts?list=" + listId;
    }

    @PostMapping("/{id}/discard")
    String discard(@AuthenticationPrincipal Staff staff, @PathVariable long id) {
        importer.discard(id, staff.id());
        return "redirect:/admin/contacts";
    }

    private String show(StagedImport staged, CsvFile file, Choices choices, Model model) {
        var preview = preview(file, choices.column(), choices.basis());
        model.addAttribute("staged", staged);
        model.addAttribute("file", file);
        model.addAttribute("choices", choices);
        model.addAttribute("fields", ImportField.values());
        model.addAttribute("bases", LawfulBasis.values());
        model.addAttribute("lists", queries.lists());
        model.addAttribute("preview", preview);
        model.addAttribute("noEmailColumn", !choices.column().contains(ImportField.EMAIL));
        model.addAttribute("sample", preview.rows().subList(0, Math.min(5, preview.rows().size())));
        model.addAttribute("shownProblems", preview.problems().subList(0,
                Math.min(ImportPreview.SHOWN_PROBLEMS, preview.problems().size())));
        model.addAttribute("shownWarnings", preview.warnings().subList(0,
                Math.min(ImportPreview.SHOWN_PROBLEMS, preview.warnings().size())));
        return "admin/contacts/import-preview";
    }

    private ImportPreview preview(CsvFile file, List<ImportField> columns, LawfulBasis basis) {
        return ImportPreview.of(file, columns, basis, importer::known, suppressions::suppressedAmong);
    }

    /** The fields chosen for the columns; a column left out is ignored, and one field is taken once. */
    private static List<ImportField> columns(Choices choices, CsvFile file) {
        var chosen = new ArrayList<ImportField>();
        for (int i = 0; i < file.header().size(); i++) {
            var field = choices.column() != null && i < choices.column().size() && choices.column().get(i) != null
                    ? choices.column().get(i) : ImportField.IGNORE;
            boolean taken = field != ImportField.IGNORE && field != ImportField.TAGS && field != ImportField.BEATS
                    && field != ImportField.NOTES && chosen.contains(field);
            chosen.add(taken ? ImportField.IGNORE : field);
        }
        return chosen;
    }

    private StagedImport staged(Staff staff, long id) {
        return importer.staged(id, staff.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
