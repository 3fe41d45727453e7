package io.newsroom.release;

import static io.newsroom.Redirects.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.newsroom.Html;
import io.newsroom.NewsroomTest;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.Role;
import io.newsroom.account.Staff;
import io.newsroom.release.model.ReleaseDesk;
import io.newsroom.release.model.ReleaseStatus;
import io.newsroom.release.model.ReviewRefusedException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Review before publishing: who may submit, approve (publish or schedule) and send back, with and
 * without four eyes; what each step keeps (revision, audit) and whom it tells by mail.
 */
class ReviewTest extends NewsroomTest {

    @Autowired
    ReleaseDesk desk;

    @Autowired
    ReleaseImport imports;

    private Staff admin;
    private Staff editor;
    private Staff publisher;
    private Staff otherPublisher;

    @BeforeEach
    void reviewOn() {
        // only this test's reviewers are mailed
        jdbc.update("update staff_account set enabled = false where role <> 'EDITOR'");
        admin = staff.admin();
        editor = staff.editor();
        publisher = staff.create(Role.PUBLISHER);
        otherPublisher = staff.create(Role.PUBLISHER);
        jdbc.update("delete from mail_message where kind like 'review.%'");
        steps().setReview(admin, true, false);
    }

    @AfterEach
    void reviewOff() {
        steps().setReview(admin, false, false);
    }

    @Test
    void reviewIsOffByDefaultAndAnEditorPublishesTheirOwnRelease() {
        steps().setReview(admin, false, false);

        assertThat(steps().save(editor, null, "No review needed", "publish")).hasStatus(302);

        assertThat(status("No review needed")).isEqualTo("PUBLISHED");
    }

    @Test
    void anEditorCannotPublishOrScheduleButSubmitsAndEveryReviewerIsMailed() {
        var refused = Html.of(steps().save(editor, null, "Editor tries", "publish"));
        assertThat(refused.select(".problem").text()).contains("only a publisher or an administrator can publish");
        assertThat(refused.selectFirst("#title").val()).isEqualTo("Editor tries");
        assertThat(count("Editor tries")).isZero();
        var scheduled = Html.of(steps().save(editor, null, "Editor schedules", "schedule", "publishAt", "2026-06-02T09:00"));
        assertThat(scheduled.select(".problem").text()).contains("Submit the release for review instead");

        var editorPage = Html.of(mvc.get().uri("/admin/releases/new").with(user(editor)).exchange());
        assertThat(editorPage.select("button[value=publish], button[value=schedule]")).isEmpty();
        assertThat(editorPage.select("button[value=submit]").text()).isEqualTo("Submit for review");

        long id = idOf(steps().save(editor, null, "Please review", "submit"));

        assertThat(jdbc.queryForMap("select status, review_state, submitted_by from press_release where id = ?", id))
                .containsEntry("status", "DRAFT").containsEntry("review_state", "SUBMITTED")
                .containsEntry("submitted_by", editor.id());
        assertThat(mvc.get().uri("/news/please-review").exchange()).hasStatus(404);
        assertThat(mailsTo("review.submitted")).containsExactlyInAnyOrder(admin.email(), publisher.email(),
                otherPublisher.email());
        assertThat(audit("Please review")).contains("release.submitted");
        assertThat(jdbc.queryForList("select note from release_revision where release_id = ?", String.class, id))
                .contains("submitted for review");
        var list = Html.of(mvc.get().uri("/admin/releases?review=SUBMITTED").with(user(publisher)).exchange());
        assertThat(list.select("tbody tr").text()).contains("Please review", "Awaiting review");
    }

    @Test
    void aPublisherApprovesBySchedulingAndTheEditorIsTold() {
        long id = idOf(steps().save(editor, null, "Ready soon", "submit"));
        var publisherPage = Html.of(mvc.get().uri("/admin/releases/" + id).with(user(publisher)).exchange());
        assertThat(publisherPage.select("#review").text()).contains("Submitted for review by " + editor.getDisplayName());
        assertThat(publisherPage.select("button[value=schedule]")).hasSize(1);

        assertThat(steps().save(publisher, id, "Ready soon", "schedule", "publishAt", "2026-06-02T09:00")).hasStatus(302);

        assertThat(jdbc.queryForMap("select status, review_state from press_release where id = ?", id))
                .containsEntry("status", "SCHEDULED").containsEntry("review_state", null);
        assertThat(audit("Ready soon")).contains("release.scheduled");
        assertThat(jdbc.queryForList("select target from audit_event where action = 'release.approved'", String.class))
                .contains("Ready soon (submitted by " + editor.getDisplayName() + ")");
        assertThat(mailsTo("review.approved")).containsExactly(editor.email());
        assertThat(jdbc.queryForObject("select subject from mail_message where kind = 'review.approved'", String.class))
                .isEqualTo("Approved: Ready soon");
    }

    @Test
    void aReviewerSendsBackWithACommentThatTheEditorReadsAndResubmits() {
        long id = idOf(steps().save(editor, null, "Needs work", "submit"));

        var noComment = mvc.post().uri("/admin/releases/" + id + "/send-back").with(user(publisher)).with(csrf())
                .param("comment", " ").exchange();
        assertThat(noComment.getMvcResult().getFlashMap().get("problem")).isEqualTo("review.comment.needed");
        var byEditor = mvc.post().uri("/admin/releases/" + id + "/send-back").with(user(editor)).with(csrf())
                .param("comment", "I send it back myself").exchange();
        assertThat(byEditor.getMvcResult().getFlashMap().get("problem")).isEqualTo("review.needs-reviewer");
        assertThat(reviewState(id)).isEqualTo("SUBMITTED");

        assertThat(mvc.post().uri("/admin/releases/" + id + "/send-back").with(user(publisher)).with(csrf())
                .param("comment", "Add the partner's quote, please.").exchange()).hasStatus(302);

        assertThat(reviewState(id)).isEqualTo("RETURNED");
        var editorPage = Html.of(mvc.get().uri("/admin/releases/" + id).with(user(editor)).exchange());
        assertThat(editorPage.select("#review").text()).contains("Sent back", "Add the partner's quote, please.");
        assertThat(jdbc.queryForList("select note from release_revision where release_id = ?", String.class, id))
                .contains("sent back: Add the partner's quote, please.");
        assertThat(audit("Needs work")).contains("release.sent-back");
        assertThat(mailsTo("review.returned")).containsExactly(editor.email());
        assertThat(jdbc.queryForObject("select text_body from mail_message where kind = 'review.returned'", String.class))
                .contains("Add the partner's quote, please.", "/admin/releases/" + id);

        assertThat(steps().save(editor, id, "Needs work", "submit")).hasStatus(302);
        assertThat(reviewState(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void withFourEyesNobodyApprovesTheirOwnReleaseButAnotherReviewerDoes() {
        steps().setReview(admin, true, true);
        var own = Html.of(steps().save(publisher, null, "My own news", "publish"));
        assertThat(own.select(".problem").text()).contains("another reviewer must approve");

        long id = idOf(steps().save(publisher, null, "My own news", "submit"));
        var refused = Html.of(steps().save(publisher, id, "My own news", "publish"));
        assertThat(refused.select(".problem").text()).contains("another reviewer must approve");
        assertThat(Html.of(mvc.get().uri("/admin/releases/" + id).with(user(publisher)).exchange())
                .select("button[value=publish]")).isEmpty();
        assertThat(status("My own news")).isEqualTo("DRAFT");

        assertThat(steps().save(otherPublisher, id, "My own news", "publish")).hasStatus(302);
        assertThat(status("My own news")).isEqualTo("PUBLISHED");
        assertThat(mailsTo("review.approved")).containsExactly(publisher.email());

        long adminsOwn = idOf(steps().save(admin, null, "Admin's own", "submit"));
        assertThatThrownBy(() -> desk.update(adminsOwn, edit("Admin's own", ReleaseDesk.Action.PUBLISH, adminsOwn), admin))
                .isInstanceOf(ReviewRefusedException.class);
        assertThat(steps().save(publisher, adminsOwn, "Admin's own", "publish")).hasStatus(302);
    }

    @Test
    void theDeskRefusesAnEditorPublishingOrChangingAPublicReleaseWhateverTheCaller() {
        long id = idOf(steps().save(editor, null, "Through the desk", "submit"));

        assertThatThrownBy(() -> desk.update(id, edit("Through the desk", ReleaseDesk.Action.PUBLISH, id), editor))
                .isInstanceOf(ReviewRefusedException.class)
                .extracting(e -> ((ReviewRefusedException) e).messageKey()).isEqualTo("review.needs-reviewer");
        assertThat(status("Through the desk")).isEqualTo("DRAFT");

        assertThat(steps().save(admin, id, "Through the desk", "publish")).hasStatus(302);
        var change = Html.of(steps().save(editor, id, "Quietly changed", "save"));
        assertThat(change.select(".problem").text()).contains("only a publisher or an administrator can change a public");
        assertThat(count("Quietly changed")).isZero();
        assertThat(steps().save(publisher, id, "Corrected by a publisher", "save")).hasStatus(302);
    }

    @Test
    void anEditorsImportComesInAsDraftsAndAReviewersKeepsItsStatus() {
        var at = TestClockConfiguration.START.minusSeconds(86_400);
        var byEditor = imports.bringIn(incoming("imported-by-editor", at, editor));
        var byPublisher = imports.bringIn(incoming("imported-by-publisher", at, publisher));

        assertThat(byEditor.status()).isEqualTo("DRAFT");
        assertThat(byPublisher.status()).isEqualTo("PUBLISHED");
    }

    private static ReleaseImport.Incoming incoming(String slug, Instant at, Staff by) {
        return new ReleaseImport.Incoming(new Slug(slug), Locale.ENGLISH, slug, "Summary", "Body", "news", null, null,
                at, "imported from WordPress", by, List.of());
    }

    private ReleaseDesk.Edit edit(String title, ReleaseDesk.Action action, long id) {
        long version = jdbc.queryForObject("select version from press_release where id = ?", Long.class, id);
        var text = new ReleaseDesk.Text(Slug.suggestFor(title), title, "A summary", "A body", fixtures.category("news"),
                null, "", "", "", "", version);
        return new ReleaseDesk.Edit(text, action, null, null);
    }

    private List<String> mailsTo(String kind) {
        return jdbc.queryForList("select recipients from mail_message where kind = ?", String.class, kind);
    }

    private List<String> audit(String title) {
        return jdbc.queryForList("select action from audit_event where target = ? or target like ?", String.class, title,
                title + " @ %");
    }

    private String status(String title) {
        return jdbc.queryForObject("select status from press_release where title = ?", String.class, title);
    }

    private String reviewState(long id) {
        return jdbc.queryForObject("select review_state from press_release where id = ?", String.class, id);
    }

    private int count(String title) {
        return jdbc.queryForObject("select count(*) from press_release where title = ?", Integer.class, title);
    }

    private EditorSteps steps() {
        return new EditorSteps(mvc, jdbc);
    }
}
