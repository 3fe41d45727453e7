package io.newsroom.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.newsroom.account.Staff;
import io.newsroom.settings.Languages;

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

/**
 * Staff bring a WordPress newsroom over: upload its export (and, if they like, a ZIP of its media),
 * read the preview, choose how posts and categories come in, import, and read the report.
 */
@Controller
@RequestMapping("/admin/import")
class AdminImportController {

    /** The largest export taken; WordPress splits bigger sites' exports by date or category. */
    static final long MAX_EXPORT = 64L * 1024 * 1024;
    static final long MAX_MEDIA = 128L * 1024 * 1024;

    private final WordPressImporter importer;
    private final ImportUploads uploads;
    private final ImportCategories categories;
    private final Languages languages;

    AdminImportController(WordPressImporter importer, ImportUploads uploads, ImportCategories categories,
                          Languages languages) {
        this.importer = importer;
        this.uploads = uploads;
        this.categories = categories;
        this.languages = languages;
    }

    @GetMapping
    String form() {
        return "import/upload";
    }

    @PostMapping
    String upload(@AuthenticationPrincipal Staff staff, @RequestParam(required = false) MultipartFile export,
                  @RequestParam(required = false) MultipartFile media, Model model) throws IOException {
        String problem = problemWith(export, media);
        if (problem != null) {
            model.addAttribute("uploadProblemKey", problem);
            return "import/upload";
        }
        boolean withMedia = media != null && !media.isEmpty();
        List<String> entries = List.of();
        if (withMedia) {
            try (InputStream zip = media.getInputStream()) {
                entries = MediaZip.list(zip);
            } catch (MediaZip.Refused refused) {
                model.addAttribute("uploadProblemKey", refused.messageKey());
                return "import/upload";
            }
        }
        long id;
        try (InputStream xml = export.getInputStream(); InputStream zip = withMedia ? media.getInputStream() : null) {
            id = uploads.save(staff.id(), name(export), xml, export.getSize(), withMedia ? name(media) : null, zip,
                    withMedia ? media.getSize() : 0, entries);
        }
        var upload = uploads.find(id, staff.id()).orElseThrow();
        try {
            importer.survey(upload);
        } catch (WxrReader.Unreadable unreadable) {
            uploads.discard(id);
            model.addAttribute("uploadProblem", unreadable.getMessage());
            return "import/upload";
        }
        return "redirect:/admin/import/" + id;
    }

    @GetMapping("/{id}")
    String preview(@AuthenticationPrincipal Staff staff, @PathVariable long id, Model model) throws WxrReader.Unreadable {
        var upload = uploads.find(id, staff.id()).orElseThrow(AdminImportController::notFound);
        if (upload.importedAt() != null) {
            return "redirect:/admin/import/" + id + "/report";
        }
        model.addAttribute("upload", upload);
        model.addAttribute("preview", importer.preview(upload));
        model.addAttribute("categories", categories.existing());
        return "import/preview";
    }

    @PostMapping("/{id}")
    String run(@AuthenticationPrincipal Staff staff, @PathVariable long id, @RequestParam Map<String, String> fields)
            throws WxrReader.Unreadable {
        var upload = uploads.find(id, staff.id()).orElseThrow(AdminImportController::notFound);
        if (upload.importedAt() == null) {
            var mapping = new HashMap<String, String>();
            fields.forEach((name, value) -> {
                if (name.startsWith("category.")) {
                    mapping.put(name.substring("category.".length()), value);
                }
            });
            importer.run(upload, new WordPressImporter.Options("keep".equals(fields.get("status")),
                    "skip".equals(fields.get("clashes")), mapping, fields.getOrDefault("fallback", "news"),
                    languages.defaultLanguage(), languages.byCode("ko").orElse(null)), staff);
        }
        return "redirect:/admin/import/" + id + "/report";
    }

    @GetMapping("/{id}/report")
    String report(@AuthenticationPrincipal Staff staff, @PathVariable long id, Model model) {
        var upload = uploads.find(id, staff.id()).orElseThrow(AdminImportController::notFound);
        if (upload.importedAt() == null) {
            return "redirect:/admin/import/" + id;
        }
        model.addAttribute("upload", upload);
        model.addAttribute("report", uploads.report(upload));
        return "import/report";
    }

    /** The message key of what is wrong with the files, or null. */
    private static String problemWith(MultipartFile export, MultipartFile media) throws IOException {
        if (export == null || export.isEmpty()) {
            return "import.problem.no-export";
        }
        if (export.getSize() > MAX_EXPORT) {
            return "import.problem.export-too-large";
        }
        if (media != null && !media.isEmpty()) {
            if (media.getSize() > MAX_MEDIA) {
                return "import.problem.media-too-large";
            }
            try (var in = media.getInputStream()) {
                byte[] head = in.readNBytes(4);
                if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
                    return "import.problem.media-not-zip";
                }
            }
        }
        return null;
    }

    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        return name.length() > 300 ? name.substring(0, 300) : name;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
