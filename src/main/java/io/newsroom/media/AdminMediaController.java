package io.newsroom.media;

import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import io.newsroom.account.Staff;
import io.newsroom.audit.AuditLog;
import io.newsroom.web.Pagination;

import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The media library: every uploaded image and where it is used. */
@Controller
class AdminMediaController {

    private static final int PAGE_SIZE = 24;

    private final MediaLibrary library;
    private final List<ImageUses> uses;
    private final AuditLog audit;

    AdminMediaController(MediaLibrary library, List<ImageUses> uses, AuditLog audit) {
        this.audit = audit;
        this.library = library;
        this.uses = uses;
    }

    record LibraryItem(Image image, List<ImageUses.Use> uses) {
    }

    @GetMapping("/admin/media")
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        int current = Math.max(page, 1);
        var found = library.newestFirst(PageRequest.of(current - 1, PAGE_SIZE));
        var ids = found.map(Media::getId).getContent();
        // each feature that shows images says where: one question per feature and page
        var used = ids.isEmpty() ? List.<ImageUses.Use>of()
                : uses.stream().flatMap(feature -> feature.of(ids).stream()).toList();
        model.addAttribute("items", found.map(media -> new LibraryItem(media.toImage(),
                used.stream().filter(use -> use.mediaId() == media.getId()).toList())).getContent());
        model.addAttribute("pagination", Pagination.of(current, found.getTotalPages(),
                n -> n == 1 ? "/admin/media" : "/admin/media?page=" + n));
        return "admin/media";
    }

    /** What staff write about an image for journalists: each part optional, each bounded. */
    record Description(@Size(max = 500) String caption, @Size(max = 200) String credit, @Size(max = 300) String alt) {
    }

    @PostMapping("/admin/media/{id}/description")
    String describe(@AuthenticationPrincipal Staff staff, @PathVariable long id,
                    @Valid @ModelAttribute Description description, BindingResult result,
                    @RequestParam(defaultValue = "1") int page, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("problem", "media.description.too-long");
            return "redirect:/admin/media?page=" + page + "#media-" + id;
        }
        String key = library.storageKeyOf(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var refusal = uses.stream().flatMap(feature -> feature.refusesDescribing(id, key, staff).stream())
                .findFirst();
        if (refusal.isPresent()) {
            redirect.addFlashAttribute("problem", refusal.get());
            return "redirect:/admin/media?page=" + page + "#media-" + id;
        }
        library.describe(id, description.caption(), description.credit(), description.alt())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.record(staff.actor(), "media.described", "image " + id);
        redirect.addFlashAttribute("notice", "media.described");
        return "redirect:/admin/media?page=" + page + "#media-" + id;
    }

    @PostMapping("/admin/media")
    String upload(@AuthenticationPrincipal Staff staff, @RequestParam(name = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            // also a form posted without multipart encoding: there is no file to take
            redirect.addFlashAttribute("problem", "media.no-file");
            return "redirect:/admin/media";
        }
        try {
            library.store(file.getOriginalFilename(), file.getSize(), file.getInputStream(), staff.getDisplayName());
            redirect.addFlashAttribute("notice", "media.uploaded");
        } catch (ImageRejectedException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
            redirect.addFlashAttribute("problemArgument", library.maxFileSizeLabel());
        }
        return "redirect:/admin/media";
    }
}
