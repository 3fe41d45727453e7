package io.newsroom.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.newsroom.account.Role;
import io.newsroom.account.Staff;
import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.settings.Languages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The import's steps as the controller takes them, on their own: which files it refuses before
 * storing anything, whose upload a member of staff may see, and that an import is never run twice
 * whatever is posted again. Views are not rendered here (the journey and {@code WordPressImportTest}
 * show the pages); the importer and the upload store are stand-ins.
 */
@WebMvcTest(controllers = AdminImportController.class, excludeAutoConfiguration = ThymeleafAutoConfiguration.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.newsroom\\..*Advice"))
class AdminImportControllerTest {

    private static final Staff EDITOR = StaffFixtures.principal(3, Role.EDITOR);
    private static final byte[] EXPORT = "<rss><channel><title>Old newsroom</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    WordPressImporter importer;

    @MockitoBean
    ImportUploads uploads;

    @MockitoBean
    ImportCategories categories;

    @TestConfiguration
    static class EnglishAndKorean {
        @Bean
        Languages languages() {
            return new Languages(List.of(Locale.ENGLISH, Locale.KOREAN), Locale.ENGLISH);
        }
    }

    @Test
    void asksForAnExportWhenNoneIsSent() {
        var result = mvc.post().uri("/admin/import").multipart().with(editor()).with(csrf()).exchange();

        assertThat(result).hasViewName("import/upload").model().containsEntry("uploadProblemKey", "import.problem.no-export");
        verifyNoInteractions(uploads);
    }

    @Test
    void refusesMediaThatIsNotAZipBeforeStoringAnything() {
        var result = mvc.post().uri("/admin/import").multipart()
                .file(new MockMultipartFile("export", "export.xml", "text/xml", EXPORT))
                .file(new MockMultipartFile("media", "uploads.zip", "application/zip", "GIF89a, not a zip".getBytes()))
                .with(editor()).with(csrf()).exchange();

        assertThat(result).hasViewName("import/upload")
                .model().containsEntry("uploadProblemKey", "import.problem.media-not-zip");
        verifyNoInteractions(uploads);
    }

    @Test
    void showsAnUploadOnlyToWhoeverUploadedIt() {
        when(uploads.find(5, EDITOR.id())).thenReturn(Optional.empty());

        assertThat(mvc.get().uri("/admin/import/5").with(editor()).exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/admin/import/5/report").with(editor()).exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/admin/import/5").with(editor()).with(csrf()).exchange()).hasStatus(HttpStatus.NOT_FOUND);
        verifyNoInteractions(importer);
    }

    @Test
    void neverRunsAnImportTwiceAndLeadsToItsReport() throws Exception {
        when(uploads.find(5, EDITOR.id())).thenReturn(Optional.of(upload(Instant.parse("2026-06-01T03:00:00Z"))));

        var again = mvc.post().uri("/admin/import/5").with(editor()).with(csrf()).param("status", "keep").exchange();
        var preview = mvc.get().uri("/admin/import/5").with(editor()).exchange();

        assertThat(again).hasRedirectedUrl("/admin/import/5/report");
        assertThat(preview).hasRedirectedUrl("/admin/import/5/report");
        verify(importer, never()).run(any(), any(), any());
    }

    @Test
    void runsWithTheChoicesOfThePreviewAndSendsThePreviewAheadOfAReport() throws Exception {
        var waiting = upload(null);
        when(uploads.find(5, EDITOR.id())).thenReturn(Optional.of(waiting));

        var report = mvc.get().uri("/admin/import/5/report").with(editor()).exchange();
        var run = mvc.post().uri("/admin/import/5").with(editor()).with(csrf())
                .param("status", "keep").param("clashes", "skip").param("category.uncategorized", "news")
                .param("fallback", "awards").exchange();

        assertThat(report).hasRedirectedUrl("/admin/import/5");
        assertThat(run).hasRedirectedUrl("/admin/import/5/report");
        verify(importer).run(waiting, new WordPressImporter.Options(true, true, java.util.Map.of("uncategorized", "news"),
                "awards", Locale.ENGLISH, Locale.KOREAN), EDITOR);
    }

    private static ImportUploads.Upload upload(Instant importedAt) {
        return new ImportUploads.Upload(5, EDITOR.id(), "export.xml", EXPORT.length, null, 0,
                Instant.parse("2026-06-01T02:00:00Z"), importedAt, null, List.of());
    }

    private static RequestPostProcessor editor() {
        return authentication(new UsernamePasswordAuthenticationToken(EDITOR, null, EDITOR.getAuthorities()));
    }
}
