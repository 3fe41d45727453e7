package io.newsroom.release.editor;

import static io.newsroom.Redirects.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.util.Map;

import io.newsroom.Html;
import io.newsroom.NewsroomTest;
import io.newsroom.account.Staff;
import io.newsroom.release.Slug;
import io.newsroom.release.model.ReleaseDesk;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Writing, publishing, scheduling, revising and trashing releases through the admin. */
class AdminEditorTest extends NewsroomTest {

    @Autowired
    ReleaseDesk desk;

    private Staff editor;
    private long mou;

    @BeforeEach
    void signedInEditor() {
        editor = staff.editor();
        mou = jdbc.queryForObject("select id from category where slug = 'mou'", Long.class);
    }

    @Test
    void savesADraftWithASlugSuggestedFromTheTitle() {
        var result = create(Map.of("title", "Équipe signs an MOU — in Seoul", "action", "save"));

        assertThat(result).hasStatus(302);
        long id = idOf(result);
        assertThat(jdbc.queryForMap("select slug, status, updated_by_name from press_release where id = ?", id))
                .containsEntry("slug", "equipe-signs-an-mou-in-seoul").containsEntry("status", "DRAFT")
                .containsEntry("updated_by_name", editor.getDisplayName());
        assertThat(mvc.get().uri("/news/equipe-signs-an-mou-in-seoul").exchange()).hasStatus(404);
    }

    @Test
    void showsEachMistakeNextToItsFieldAndKeepsEverythingTyped() {
        var page = Html.of(mvc.post().uri("/admin/releases").with(user(editor)).with(csrf())
                .param("title", "").param("slug", "Not A Slug!").param("categoryId", String.valueOf(mou))
                .param("summary", "My careful summary").param("body", "My long body text")
                .param("heroImageAlt", "").param("action", "schedule").exchange());

        assertThat(page.select("#title-error").text()).isEqualTo("Fill this in.");
        assertThat(page.select("#slug-error").text()).isEqualTo("Use lower-case letters, digits and single hyphens only.");
        assertThat(page.select("#publishAt-error").text()).isEqualTo("Choose when the release should appear.");
        assertThat(page.selectFirst("#summary").text()).isEqualTo("My careful summary");
        assertThat(page.selectFirst("#body").text()).isEqualTo("My long body text");
        assertThat(page.selectFirst("#slug").val()).isEqualTo("Not A Slug!");
        assertThat(page.selectFirst("#categoryId option[selected]").val()).isEqualTo(String.valueOf(mou));
        assertThat(page.selectFirst("#title").attr("aria-invalid")).isEqualTo("true");
        assertThat(count("press_release")).isZero();
    }

    @Test
    void refusesAnAddressAnotherReleaseHas() {
        fixtures.savedDraft("taken", "Taken");

        var page = Html.of(create(Map.of("title", "Another", "slug", "taken", "action", "save")));

        assertThat(page.select("#slug-error").text()).isEqualTo("Another release already has this address.");
    }

    @Test
    void publishesNowAndRecordsItInTheAuditLog() {
        long id = idOf(create(Map.of("title", "Published today", "action", "publish")));

        assertThat(mvc.get().uri("/news/published-today").exchange()).hasStatusOk();
        assertThat(status(id)).isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForList("select action from audit_event where target = 'Published today'", String.class))
                .contains("release.created", "release.published");
    }

    @Test
    void schedulesAReleaseThatAppearsAtItsTime() {
        // 2026-06-01 12:00 in Seoul is 03:00 UTC; schedule for 15:00 Seoul time
        long id = idOf(create(Map.of("title", "At three", "publishAt", "2026-06-01T15:00", "action", "schedule")));

        assertThat(status(id)).isEqualTo("SCHEDULED");
        assertThat(mvc.get().uri("/news/at-three").exchange()).hasStatus(404);

        clock.advance(Duration.ofHours(3));

        assertThat(mvc.get().uri("/news/at-three").exchange()).hasStatusOk();
        desk.publishDue(); // the background job may have been first; either way it is recorded once
        assertThat(status(id)).isEqualTo("PUBLISHED");
        assertThat(desk.publishDue()).isZero();
        assertThat(jdbc.queryForList("select actor from audit_event where action = 'release.published'"
                + " and target = 'At three' order by id desc", String.class)).first().isEqualTo("scheduler");
    }

    @Test
    void refusesToScheduleInThePast() {
        var page = Html.of(create(Map.of("title", "Too late", "publishAt", "2026-06-01T11:00", "action", "schedule")));

        assertThat(page.select("#publishAt-error").text()).startsWith("Choose a time in the future");
    }

    @Test
    void unpublishesTrashesRestoresAndDeletesForGood() {
        long id = idOf(create(Map.of("title", "Short lived", "action", "publish")));

        action(id, "unpublish", editor);
        assertThat(status(id)).isEqualTo("DRAFT");
        assertThat(mvc.get().uri("/news/short-lived").exchange()).hasStatus(404);

        action(id, "trash", editor);
        assertThat(status(id)).isEqualTo("TRASHED");
        action(id, "restore", editor);
        assertThat(status(id)).isEqualTo("DRAFT");

        var admin = staff.admin();
        assertThat(action(id, "delete", admin).getResponse().getRedirectedUrl()).isEqualTo("/admin/releases/" + id);
        assertThat(status(id)).as("not deleted outside the trash").isEqualTo("DRAFT");
        action(id, "trash", editor);
        action(id, "delete", admin);
        assertThat(count("press_release")).isZero();
    }

    @Test
    void keepsBothTextsWhenTwoPeopleSaveTheSameRelease() {
        long id = idOf(create(Map.of("title", "Shared", "body", "Original body", "action", "save")));
        var colleague = staff.editor();
        String version = editorPage(id).selectFirst("#version").val();

        assertThat(save(id, colleague, version, "Colleague's body")).hasStatus(302);
        var conflict = save(id, editor, version, "My body");

        var page = Html.of(conflict);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Someone saved this release while you were editing");
        assertThat(page.selectFirst("#their-body").text()).isEqualTo("Colleague's body");
        assertThat(page.selectFirst("#mine-body").text()).isEqualTo("My body");
        assertThat(jdbc.queryForObject("select body from press_release where id = ?", String.class, id))
                .isEqualTo("Colleague's body");
    }

    @Test
    void keepsARevisionPerSaveAndRestoresAnEarlierOneAsANewRevision() {
        long id = idOf(create(Map.of("title", "Revised", "body", "First words", "action", "save")));
        save(id, editor, editorPage(id).selectFirst("#version").val(), "Second words");
        long first = jdbc.queryForObject("select min(id) from release_revision where release_id = ?", Long.class, id);

        var diff = Html.of(mvc.get().uri("/admin/releases/" + id + "/revisions/" + first).with(user(editor)).exchange());
        assertThat(diff.select(".diff del").text()).isEqualTo("First words");
        assertThat(diff.select(".diff ins").text()).isEqualTo("Second words");

        assertThat(mvc.post().uri("/admin/releases/" + id + "/revisions/" + first + "/restore")
                .with(user(editor)).with(csrf()).exchange()).hasStatus(302);

        assertThat(jdbc.queryForObject("select body from press_release where id = ?", String.class, id))
                .isEqualTo("First words");
        assertThat(jdbc.queryForObject("select count(*) from release_revision where release_id = ?", Integer.class, id))
                .isEqualTo(3);
        assertThat(editorPage(id).select(".revisions li")).hasSize(3);
    }

    @Test
    void previewsADraftExactlyAsThePublicPageButNeverForIndexing() {
        long id = idOf(create(Map.of("title", "Not yet", "body", "## Secret plans", "action", "save")));

        var preview = Html.of(mvc.get().uri("/admin/releases/" + id + "/preview").with(user(editor)).exchange());

        assertThat(preview.selectFirst("article h1").text()).isEqualTo("Not yet");
        assertThat(preview.selectFirst(".prose h2").text()).isEqualTo("Secret plans");
        assertThat(preview.selectFirst("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(preview.selectFirst(".preview-banner")).isNotNull();
        assertThat(mvc.get().uri("/admin/releases/" + id + "/preview").exchange()).hasStatus(302);
    }

    @Test
    void listsReleasesWithStatusAndWhoEditedThemLast() {
        create(Map.of("title", "Alpha draft", "action", "save"));
        create(Map.of("title", "Beta published", "action", "publish"));

        var list = Html.of(mvc.get().uri("/admin/releases?q=beta").with(user(editor)).exchange());
        assertThat(list.select("tbody tr")).hasSize(1);
        assertThat(list.selectFirst("tbody tr").text()).contains("Beta published", "Published", editor.getDisplayName());
        assertThat(Html.of(mvc.get().uri("/admin/releases?status=DRAFT").with(user(editor)).exchange())
                .select("tbody tr a").eachText()).containsExactly("Alpha draft");
    }

    private MvcTestResult create(Map<String, String> fields) {
        var request = mvc.post().uri("/admin/releases").with(user(editor)).with(csrf())
                .param("categoryId", String.valueOf(mou)).param("summary", "A summary")
                .param("body", fields.getOrDefault("body", "A body"));
        fields.forEach((name, value) -> {
            if (!name.equals("body")) {
                request.param(name, value);
            }
        });
        return request.exchange();
    }

    private MvcTestResult save(long id, Staff who, String version, String body) {
        var current = editorPage(id);
        return mvc.post().uri("/admin/releases/" + id).with(user(who)).with(csrf())
                .param("title", current.selectFirst("#title").val()).param("slug", current.selectFirst("#slug").val())
                .param("categoryId", String.valueOf(mou)).param("summary", current.selectFirst("#summary").text())
                .param("body", body).param("version", version).param("action", "save").exchange();
    }

    private MvcTestResult action(long id, String action, Staff who) {
        return mvc.post().uri("/admin/releases/" + id + "/" + action).with(user(who)).with(csrf()).exchange();
    }

    private Document editorPage(long id) {
        return Html.of(mvc.get().uri("/admin/releases/" + id).with(user(editor)).exchange());
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from press_release where id = ?", String.class, id);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
