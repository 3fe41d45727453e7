package io.newsroom.release.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.newsroom.NewsroomTest;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.Staff;
import io.newsroom.release.model.ReleaseDesk;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** What the autosave keeps, for whom, and when it goes: through the editor's own addresses. */
class AutosaveTest extends NewsroomTest {

    private Staff editor;
    private Staff other;
    private long id;

    @BeforeEach
    void aPublicRelease() {
        editor = staff.editor();
        other = staff.editor();
        id = fixtures.published("kept-apart", "Kept apart", TestClockConfiguration.START.minusSeconds(60)).getId();
    }

    @Test
    void keepsTextForItsAuthorAloneAndNeverChangesTheRelease() {
        assertThat(mvc.post().uri("/admin/releases/{id}/autosave", id).with(user(editor)).with(csrf())
                .param("title", "Kept apart").param("summary", "S").param("body", "Typed, not saved.")
                .param("version", "0").exchange()).hasStatusOk().bodyJson().extractingPath("$.savedAt")
                .isEqualTo(TestClockConfiguration.START.toString());

        assertThat(mvc.get().uri("/admin/releases/{id}/autosave", id).with(user(editor)).exchange())
                .hasStatusOk().bodyJson().extractingPath("$.body").isEqualTo("Typed, not saved.");
        assertThat(mvc.get().uri("/admin/releases/{id}/autosave", id).with(user(other)).exchange())
                .as("another member of staff gets nothing").hasStatus(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForObject("select body from press_release where id = ?", String.class, id))
                .isEqualTo("Body of Kept apart");
        assertThat(jdbc.queryForObject("select count(*) from release_revision where release_id = ?", Integer.class, id))
                .as("no revision either").isZero();
    }

    @Test
    void goesWhenItsAuthorSavesTheRelease() {
        mvc.post().uri("/admin/releases/{id}/autosave", id).with(user(editor)).with(csrf())
                .param("title", "Kept apart").param("summary", "S").param("body", "Typed, not saved.").exchange();
        mvc.post().uri("/admin/releases/new/autosave").with(user(editor)).with(csrf())
                .param("title", "A new one").param("summary", "S").param("body", "Begun.").exchange();

        long version = jdbc.queryForObject("select version from press_release where id = ?", Long.class, id);
        long news = jdbc.queryForObject("select id from category where slug = 'news'", Long.class);
        assertThat(mvc.post().uri("/admin/releases/{id}", id).with(user(editor)).with(csrf())
                .param("title", "Kept apart").param("slug", "kept-apart").param("categoryId", String.valueOf(news))
                .param("summary", "S").param("body", "Saved now.").param("version", String.valueOf(version))
                .param("action", "save").exchange()).hasStatus(HttpStatus.FOUND);

        assertThat(mvc.get().uri("/admin/releases/{id}/autosave", id).with(user(editor)).exchange())
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.get().uri("/admin/releases/new/autosave").with(user(editor)).exchange())
                .hasStatus(HttpStatus.NO_CONTENT);
    }

    @Test
    void refusesTextLongerThanAReleaseAndReleasesThatDoNotExist() {
        assertThat(mvc.post().uri("/admin/releases/{id}/autosave", id).with(user(editor)).with(csrf())
                .param("body", "x".repeat(ReleaseDesk.Text.MAX_BODY + 1)).exchange())
                .hasStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(mvc.post().uri("/admin/releases/{id}/autosave", id + 1000).with(user(editor)).with(csrf())
                .param("body", "x").exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/admin/releases/{id}/autosave", id).with(user(editor)).param("body", "x").exchange())
                .as("without the form's CSRF token").hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/releases/{id}/autosave", id).exchange())
                .as("signed out").hasStatus(HttpStatus.FOUND);
    }
}
