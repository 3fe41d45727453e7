package io.newsroom.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

import io.newsroom.Html;
import io.newsroom.NewsroomTest;
import io.newsroom.Redirects;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.Role;
import io.newsroom.account.Staff;
import io.newsroom.account.tokens.AccessTokens;
import io.newsroom.media.MediaLibrary;
import io.newsroom.media.TestImages;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Nothing an editor does puts text on the public site without a reviewer, and with four eyes what a
 * reviewer approves is exactly what someone else submitted: the paths around the plain publish
 * button (an ended release brought back by its end time, through the editor and the staff API; a
 * reviewer's own rewrite of a submitted release).
 */
class ReviewBypassTest extends NewsroomTest {

    @Autowired
    AccessTokens tokens;

    @Autowired
    MediaLibrary media;

    private Staff admin;
    private Staff editor;
    private Staff publisher;
    private Staff otherPublisher;

    @BeforeEach
    void reviewOn() {
        jdbc.update("delete from webhook_endpoint where description = 'review bypass test'");
        admin = staff.admin();
        editor = staff.editor();
        publisher = staff.create(Role.PUBLISHER);
        otherPublisher = staff.create(Role.PUBLISHER);
        steps().setReview(admin, true, false);
    }

    @AfterEach
    void reviewOff() {
        steps().setReview(admin, false, false);
        jdbc.update("delete from webhook_endpoint where description = 'review bypass test'");
    }

    @Test
    void anEditorCannotBringAnEndedReleaseBackWithNewTextByClearingItsEnd() {
        long id = ended("old-offer", "Old offer");
        jdbc.update("insert into webhook_endpoint (url, description, events, personal_data, secret, created_at, created_by)"
                + " values ('http://127.0.0.1:9/hook', 'review bypass test', 'RELEASE_PUBLISHED', false, 'whsec_test', now(), 'test')");

        var refused = Html.of(steps().save(editor, id, "Unreviewed new text", "save", "endAt", ""));

        assertThat(refused.select(".problem").text()).contains("only a publisher or an administrator can publish");
        assertThat(refused.selectFirst("#title").val()).as("the editor's text is not lost").isEqualTo("Unreviewed new text");
        assertThat(mvc.get().uri("/news/old-offer").exchange()).hasStatus(410);
        assertThat(jdbc.queryForObject("select title from press_release where id = ?", String.class, id)).isEqualTo("Old offer");
        assertThat(jdbc.queryForObject("select count(*) from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id"
                + " where e.description = 'review bypass test'", Integer.class)).isZero();

        var later = Html.of(steps().save(editor, id, "Unreviewed new text", "save", "endAt", "2026-07-01T09:00"));
        assertThat(later.select(".problem").text()).as("a later end brings it back too").contains("only a publisher");
        assertThat(mvc.get().uri("/news/old-offer").exchange()).hasStatus(410);
    }

    @Test
    void anEditorCannotBringAnEndedReleaseBackThroughTheStaffApi() {
        long id = ended("old-offer", "Old offer");
        var token = tokens.create(editor, "Sync", AccessTokens.Scope.WRITE, Duration.ofDays(30));
        long version = steps().version(id);

        var put = mvc.put().uri("/api/v1/staff/releases/" + id).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                .content("""
                        {"title": "Unreviewed via API", "category": "news", "summary": "S", "body": "B", "endsAt": null}""")
                .exchange();

        assertThat(put).hasStatus(403);
        assertThat(put.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(mvc.get().uri("/news/old-offer").exchange()).hasStatus(410);
        assertThat(jdbc.queryForObject("select title from press_release where id = ?", String.class, id)).isEqualTo("Old offer");
    }

    @Test
    void anEditorSubmitsAnEndedReleaseAndAReviewersApprovalBringsItBack() {
        long id = ended("old-offer", "Old offer");

        assertThat(steps().save(editor, id, "Old offer, updated", "submit", "endAt", "")).hasStatus(302);
        assertThat(jdbc.queryForMap("select status, review_state from press_release where id = ?", id))
                .containsEntry("status", "ENDED").containsEntry("review_state", "SUBMITTED");
        assertThat(mvc.get().uri("/news/old-offer").exchange()).hasStatus(410);

        assertThat(steps().save(publisher, id, "Old offer, updated", "publish", "endAt", "")).hasStatus(302);
        assertThat(mvc.get().uri("/news/old-offer").exchange()).hasStatusOk();
    }

    @Test
    void withFourEyesAReviewerWhoRewritesASubmittedReleaseCannotApproveItThemselves() {
        steps().setReview(admin, true, true);
        long id = Redirects.idOf(steps().save(editor, null, "The editor's text", "submit"));

        var refused = Html.of(steps().save(publisher, id, "The publisher's own text", "publish"));

        assertThat(refused.select(".problem").text()).contains("what is approved must be exactly what was submitted");
        assertThat(refused.selectFirst("#title").val()).isEqualTo("The publisher's own text");
        assertThat(status(id)).isEqualTo("DRAFT");

        // saved instead, the rewrite waits for someone else, in the publisher's name
        assertThat(steps().save(publisher, id, "The publisher's own text", "save")).hasStatus(302);
        assertThat(jdbc.queryForMap("select review_state, submitted_by from press_release where id = ?", id))
                .containsEntry("review_state", "SUBMITTED").containsEntry("submitted_by", publisher.id());
        assertThat(audit(id)).contains("release.changed-in-review");
        var own = Html.of(steps().save(publisher, id, "The publisher's own text", "publish"));
        assertThat(own.select(".problem").text()).contains("another reviewer must approve");

        assertThat(steps().save(otherPublisher, id, "The publisher's own text", "publish")).hasStatus(302);
        assertThat(status(id)).isEqualTo("PUBLISHED");
    }

    @Test
    void withFourEyesAReviewerPublishesTheSubmittedTextUnchanged() {
        steps().setReview(admin, true, true);
        long id = Redirects.idOf(steps().save(editor, null, "Exactly as submitted", "submit"));

        assertThat(steps().save(publisher, id, "Exactly as submitted", "publish")).hasStatus(302);

        assertThat(status(id)).isEqualTo("PUBLISHED");
    }

    @Test
    void anEditorCannotChangeTheCaptionOfAnImageAPublicReleaseShows() throws Exception {
        var image = media.store("lab.jpg", TestImages.jpeg(800, 600), "test");
        long id = fixtures.published("with-image", "With image", TestClockConfiguration.START.minus(Duration.ofDays(1))).getId();
        jdbc.update("update press_release set hero_media_id = ?, hero_image_alt = 'The lab' where id = ?", image.id(), id);

        var byEditor = describe(editor, image.id(), "An unreviewed caption");

        assertThat(byEditor.getMvcResult().getFlashMap().get("problem")).isEqualTo("media.description.needs-reviewer");
        assertThat(caption(image.id())).isNull();

        assertThat(describe(publisher, image.id(), "The new lab in Boston").getMvcResult().getFlashMap().get("notice"))
                .isEqualTo("media.described");
        assertThat(caption(image.id())).isEqualTo("The new lab in Boston");

        var inBody = media.store("chart.jpg", TestImages.jpeg(640, 480), "test");
        long other = fixtures.published("with-chart", "With chart", TestClockConfiguration.START.minus(Duration.ofDays(1))).getId();
        jdbc.update("update press_release set body = ? where id = ?", "See ![chart](" + inBody.src(640) + ")", other);
        assertThat(describe(editor, inBody.id(), "Unreviewed").getMvcResult().getFlashMap().get("problem"))
                .as("an image inside the text counts too").isEqualTo("media.description.needs-reviewer");

        var unused = media.store("unused.jpg", TestImages.jpeg(640, 480), "test");
        assertThat(describe(editor, unused.id(), "Free to describe").getMvcResult().getFlashMap().get("notice"))
                .isEqualTo("media.described");
    }

    private MvcTestResult describe(Staff who, long mediaId, String caption) {
        return mvc.post().uri("/admin/media/" + mediaId + "/description").with(user(who)).with(csrf())
                .param("caption", caption).param("credit", "").param("alt", "").exchange();
    }

    private String caption(long mediaId) {
        return jdbc.queryForObject("select caption from media where id = ?", String.class, mediaId);
    }

    private long ended(String slug, String title) {
        long id = fixtures.published(slug, title, TestClockConfiguration.START.minus(Duration.ofDays(3))).getId();
        jdbc.update("update press_release set status = 'ENDED', ends_at = ? where id = ?",
                Timestamp.from(TestClockConfiguration.START.minus(Duration.ofHours(1))), id);
        return id;
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from press_release where id = ?", String.class, id);
    }

    private List<String> audit(long id) {
        String title = jdbc.queryForObject("select title from press_release where id = ?", String.class, id);
        return jdbc.queryForList("select action from audit_event where target = ?", String.class, title);
    }

    private EditorSteps steps() {
        return new EditorSteps(mvc, jdbc);
    }
}
