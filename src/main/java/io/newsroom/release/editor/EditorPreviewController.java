package io.newsroom.release.editor;

import io.newsroom.release.Markdown;
import io.newsroom.release.model.ReleaseDesk;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editor's live preview, rendered by the same Markdown and sanitizer as the public page: the
 * browser shows this HTML and never renders the body by itself, so raw HTML that an author typed
 * (a meta refresh, an event handler, a style or base element) never reaches the DOM.
 */
@Controller
class EditorPreviewController {

    private final Markdown markdown;

    EditorPreviewController(Markdown markdown) {
        this.markdown = markdown;
    }

    @PostMapping(path = "/admin/releases/preview-body", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> render(@RequestParam(defaultValue = "") String body) {
        if (body.length() > ReleaseDesk.Text.MAX_BODY) {
            return ResponseEntity.badRequest().body("");
        }
        return ResponseEntity.ok().header("Cache-Control", "no-store").body(markdown.toSafeHtml(body));
    }
}
