package io.newsroom.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.newsroom.account.Staff;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What staff do in the editor and in the review settings, as the browser would send it. */
final class EditorSteps {

    private final MockMvcTester mvc;
    private final JdbcTemplate jdbc;

    EditorSteps(MockMvcTester mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    /** An ADMIN switches review before publishing, and four eyes, on or off. */
    void setReview(Staff admin, boolean required, boolean fourEyes) {
        var request = mvc.post().uri("/admin/settings/review").with(user(admin)).with(csrf());
        if (required) {
            request.param("required", "true");
        }
        if (fourEyes) {
            request.param("fourEyes", "true");
        }
        assertThat(request.exchange()).hasStatus(302);
    }

    /**
     * Presses an editor button on a new release ({@code id} null) or on the current version of one,
     * with a summary, a body and the News category; {@code more} are further field names and values.
     */
    MvcTestResult save(Staff who, Long id, String title, String action, String... more) {
        long news = jdbc.queryForObject("select id from category where slug = 'news'", Long.class);
        var request = mvc.post().uri(id == null ? "/admin/releases" : "/admin/releases/" + id).with(user(who)).with(csrf())
                .param("title", title).param("categoryId", String.valueOf(news)).param("summary", "A summary")
                .param("body", "A body").param("action", action);
        if (id != null) {
            request.param("version", String.valueOf(version(id)));
            request.param("slug", jdbc.queryForObject("select slug from press_release where id = ?", String.class, id));
        }
        for (int i = 0; i < more.length; i += 2) {
            request.param(more[i], more[i + 1]);
        }
        return request.exchange();
    }

    long version(long id) {
        return jdbc.queryForObject("select version from press_release where id = ?", Long.class, id);
    }
}
