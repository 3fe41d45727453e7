package io.newsroom.media;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.newsroom.account.Staff;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The media library as the visual editor uses it, in JSON: the newest images to choose from, and
 * an upload (from disk, a drop or a paste) that goes through the same checks and re-encoding as
 * any other, so no image reaches a body but as a stored, sized file of the library.
 */
@RestController
class EditorMediaController {

    static final int CHOICES = 24;
    /** The width a body image is shown at: the page's text column. */
    static final int BODY_WIDTH = 800;

    private final MediaLibrary library;
    private final RemoteImages remote;
    private final MessageSource messages;

    EditorMediaController(MediaLibrary library, RemoteImages remote, MessageSource messages) {
        this.library = library;
        this.remote = remote;
        this.messages = messages;
    }

    /** An image as the editor inserts it: its address at the body's width, with what staff wrote of it. */
    record BodyImage(long id, String src, String thumbnail, String alt, String caption, String name) {

        static BodyImage of(Image image) {
            return new BodyImage(image.id(), image.src(BODY_WIDTH), image.src(240), image.alt(), image.caption(),
                    image.originalName());
        }
    }

    record Refusal(String message) {
    }

    @GetMapping("/admin/media/choices")
    List<BodyImage> choices() {
        return library.newestFirst(PageRequest.of(0, CHOICES)).map(media -> BodyImage.of(media.toImage())).getContent();
    }

    @PostMapping("/admin/media/body-image")
    ResponseEntity<?> upload(@AuthenticationPrincipal Staff staff, @RequestParam(name = "file", required = false) MultipartFile file,
                             Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            return ResponseEntity.unprocessableEntity().body(new Refusal(messages.getMessage("media.no-file", null, locale)));
        }
        try {
            var image = library.store(file.getOriginalFilename(), file.getSize(), file.getInputStream(), staff.getDisplayName());
            return ResponseEntity.status(HttpStatus.CREATED).body(BodyImage.of(image));
        } catch (ImageRejectedException e) {
            return ResponseEntity.unprocessableEntity().body(new Refusal(messages.getMessage(e.messageKey(),
                    new Object[] {library.maxFileSizeLabel()}, locale)));
        }
    }

    /** An image pasted with its address on another site, fetched and stored as if uploaded. */
    @PostMapping("/admin/media/body-image/from-address")
    ResponseEntity<?> fetch(@AuthenticationPrincipal Staff staff, @RequestParam(name = "address", required = false) String address,
                            Locale locale) {
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(BodyImage.of(remote.fetch(address, staff.getDisplayName())));
        } catch (ImageRejectedException e) {
            return ResponseEntity.unprocessableEntity().body(new Refusal(messages.getMessage(e.messageKey(),
                    new Object[] {library.maxFileSizeLabel()}, locale)));
        }
    }
}
