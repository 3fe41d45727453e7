package io.newsroom.release.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.newsroom.release.Markdown;
import io.newsroom.release.model.ReleaseDesk;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The editor's preview endpoint on its own: the web layer and the real Markdown renderer, no
 * database. Who may call it is {@code AdminAccessTest}'s matter; here, what comes back.
 */
@WebMvcTest(controllers = EditorPreviewController.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.newsroom\\..*Advice"))
@Import(Markdown.class)
class EditorPreviewControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void rendersTheBodyAsThePublicPageWould() {
        var result = mvc.post().uri("/admin/releases/preview-body").with(user("editor")).with(csrf())
                .param("body", "**Signed** with [Seoul National University](https://snu.ac.kr)").exchange();

        assertThat(result).hasStatusOk().hasHeader("Cache-Control", "no-store");
        assertThat(result).bodyText().contains("<strong>Signed</strong>").contains("href=\"https://snu.ac.kr\"");
    }

    @Test
    void dropsMarkupThatWouldActInTheAdminsBrowser() {
        var result = mvc.post().uri("/admin/releases/preview-body").with(user("editor")).with(csrf())
                .param("body", "<meta http-equiv=refresh content=0;url=https://evil.test><img src=x onerror=alert(1)>"
                        + "<script>alert(2)</script>kept")
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("kept").doesNotContain("<meta").doesNotContain("onerror")
                .doesNotContain("<script");
    }

    @Test
    void refusesABodyLongerThanTheEditorAccepts() {
        var result = mvc.post().uri("/admin/releases/preview-body").with(user("editor")).with(csrf())
                .param("body", "a".repeat(ReleaseDesk.Text.MAX_BODY + 1)).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void refusesARequestWithoutTheFormsCsrfToken() {
        var result = mvc.post().uri("/admin/releases/preview-body").with(user("editor")).param("body", "x").exchange();

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
    }
}
