package io.newsroom.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.util.List;

import io.newsroom.IntegrationTest;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.Staff;
import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.release.model.ReleaseFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every admin address, for a visitor, an EDITOR and an ADMIN, against the expected table. */
@IntegrationTest
class AdminAccessTest {

    /** What each kind of user gets: a page (200), a redirect after an action (302), or a refusal (403). */
    private record Row(String method, String path, int editor, int admin) {
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StaffFixtures staff;

    @Autowired
    ReleaseFixtures fixtures;

    private long draft;
    private long trashed;

    @BeforeEach
    void releases() {
        fixtures.clear();
        draft = fixtures.savedDraft("a-draft", "A draft").getId();
        trashed = fixtures.trashed("in-the-trash", "In the trash",
                TestClockConfiguration.START.minus(Duration.ofDays(1))).getId();
    }

    private List<Row> table() {
        return List.of(
                new Row("GET", "/admin", 200, 200),
                new Row("GET", "/admin/releases", 200, 200),
                new Row("GET", "/admin/releases/new", 200, 200),
                new Row("GET", "/admin/releases/" + draft, 200, 200),
                new Row("GET", "/admin/releases/" + draft + "/preview", 200, 200),
                new Row("GET", "/admin/media", 200, 200),
                new Row("GET", "/admin/categories", 200, 200),
                new Row("GET", "/admin/password", 200, 200),
                new Row("GET", "/admin/accounts", 403, 200),
                new Row("GET", "/admin/settings", 403, 200),
                new Row("GET", "/admin/audit", 403, 200),
                new Row("GET", "/admin/subscribers", 403, 200),
                new Row("GET", "/admin/subscribers.csv", 403, 200),
                new Row("GET", "/admin/webhooks", 403, 200),
                new Row("POST", "/admin/releases/" + draft + "/trash", 302, 302),
                new Row("POST", "/admin/releases/" + trashed + "/delete", 403, 302),
                new Row("POST", "/admin/accounts", 403, 200),
                new Row("POST", "/admin/settings", 403, 200),
                new Row("POST", "/admin/categories", 200, 200));
    }

    @Test
    void sendsAnonymousVisitorsToSignIn() {
        for (var row : table()) {
            var result = request(row, null);
            assertThat(result).as(row.method() + " " + row.path()).hasStatus(302);
            assertThat(result.getResponse().getRedirectedUrl()).as(row.path()).endsWith("/admin/login");
        }
    }

    @Test
    void letsAnEditorWriteButNotRunTheSite() {
        var editor = staff.editor();
        for (int i = 0; i < table().size(); i++) {
            releases(); // each row starts from a draft and a trashed release
            var row = table().get(i);
            assertThat(request(row, editor)).as(row.method() + " " + row.path()).hasStatus(row.editor());
        }
    }

    @Test
    void letsAnAdminDoEverything() {
        var admin = staff.admin();
        for (int i = 0; i < table().size(); i++) {
            releases(); // each row starts from a draft and a trashed release
            var row = table().get(i);
            assertThat(request(row, admin)).as(row.method() + " " + row.path()).hasStatus(row.admin());
        }
    }

    @Test
    void refusesAnyChangeWithoutTheFormsToken() {
        var admin = staff.admin();
        var result = mvc.post().uri("/admin/releases/" + draft + "/trash").with(user(admin)).exchange();

        assertThat(result).hasStatus(403);
        assertThat(mvc.get().uri("/admin/releases/" + draft).with(user(admin)).exchange()).bodyText()
                .contains("status--DRAFT");
    }

    private MvcTestResult request(Row row, Staff who) {
        var request = "GET".equals(row.method()) ? mvc.get().uri(row.path()) : mvc.post().uri(row.path()).with(csrf());
        return who == null ? request.exchange() : request.with(user(who)).exchange();
    }
}
