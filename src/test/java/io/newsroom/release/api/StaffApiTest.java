package io.newsroom.release.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import io.newsroom.HttpUser;
import io.newsroom.NewsroomTest;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.Staff;
import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.account.tokens.AccessTokens;
import io.newsroom.media.TestImages;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The staff API with personal access tokens: tokens are made, listed and revoked in the admin and
 * shown once; a token signs in as its owner with its scope; writes go through the editor's use cases
 * with its validation, and a stale {@code If-Match} gets 412 rather than overwriting anybody.
 */
class StaffApiTest extends NewsroomTest {

    private static final String DRAFT = """
            {"title": "A lab in Boston", "category": "news", "summary": "A new lab.", "body": "It opens in **spring**.<script>alert(1)</script>"}""";

    @Autowired
    AccessTokens tokens;

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private Staff editor;

    @BeforeEach
    void anEditor() {
        editor = staff.editor();
    }

    @Test
    void aTokenIsShownOnceListedWithItsUseAndStopsWorkingWhenRevoked() {
        var browser = new HttpUser(port);
        browser.signIn(editor.email(), StaffFixtures.PASSWORD);

        var made = browser.submit("/admin/tokens", "/admin/tokens", Map.of("name", "Corporate site sync",
                "scope", "WRITE", "days", "30"));
        assertThat(made.location()).isEqualTo("/admin/tokens");
        var shown = browser.get("/admin/tokens").html();
        String token = shown.selectFirst("#new-token").val();
        assertThat(token).startsWith("nwr_");
        assertThat(shown.select("tbody td").eachText()).contains("Corporate site sync", "Read and write", "Never", "Active");
        assertThat(browser.get("/admin/tokens").html().selectFirst("#new-token")).as("shown once").isNull();
        assertThat(jdbc.queryForObject("select count(*) from access_token where token_hash like ?", Long.class,
                "%" + token.substring(4) + "%")).as("kept only as a hash").isZero();

        fixtures.savedDraft("a-draft", "A draft");
        long id = jdbc.queryForObject("select id from press_release where slug = 'a-draft'", Long.class);
        assertThat(api(mvc.get().uri("/api/v1/staff/releases/" + id), token)).hasStatusOk();
        assertThat(browser.get("/admin/tokens").html().select("tbody td").eachText()).doesNotContain("Never");
        assertThat(jdbc.queryForList("select target from audit_event where action = 'token.used' and target like 'Corporate%'", String.class))
                .as("a read is audited too").contains("Corporate site sync: GET /api/v1/staff/releases/" + id);

        long tokenId = jdbc.queryForObject("select id from access_token where name = 'Corporate site sync'"
                + " order by id desc limit 1", Long.class);
        browser.submit("/admin/tokens", "/admin/tokens/" + tokenId + "/revoke", Map.of());
        assertThat(api(mvc.get().uri("/api/v1/staff/releases/" + id), token)).hasStatus(401);
        assertThat(jdbc.queryForList("select action from audit_event where target like 'Corporate site sync%'",
                String.class)).contains("token.created", "token.revoked");
    }

    @Test
    void listsReleasesInEveryStateNewestFirstPageByPage() {
        var read = tokens.create(editor, "Reader", AccessTokens.Scope.READ, Duration.ofDays(30));
        fixtures.savedDraft("first-draft", "First draft");
        fixtures.published("out-now", "Out now", TestClockConfiguration.START.minus(Duration.ofDays(1)));
        fixtures.savedDraft("second-draft", "Second draft");

        var first = read(api(mvc.get().uri("/api/v1/staff/releases?limit=2"), read));
        assertThat(first.get("releases").findValuesAsString("slug")).containsExactly("second-draft", "out-now");
        assertThat(first.get("releases").get(1).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(first.get("releases").get(0).has("body")).as("the list leaves bodies out").isFalse();
        var second = read(api(mvc.get().uri(first.get("next").asString()), read));
        assertThat(second.get("releases").findValuesAsString("slug")).containsExactly("first-draft");
        assertThat(second.get("next").isNull()).isTrue();

        var drafts = read(api(mvc.get().uri("/api/v1/staff/releases?status=draft"), read));
        assertThat(drafts.get("releases").findValuesAsString("slug")).containsExactly("second-draft", "first-draft");
        assertThat(api(mvc.get().uri("/api/v1/staff/releases?status=lost"), read)).hasStatus(400);
        assertThat(api(mvc.get().uri("/api/v1/staff/releases?limit=0"), read)).hasStatus(400);
    }

    @Test
    void writesAReleaseInAnyOfTheNewsroomsLanguages() {
        var write = tokens.create(editor, "Writer", AccessTokens.Scope.WRITE, Duration.ofDays(30));
        String korean = """
                {"title": "보스턴 연구소 개소", "category": "news", "summary": "새 연구소입니다.", "body": "봄에 문을 엽니다.", "language": "ko"}""";

        var created = api(mvc.post().uri("/api/v1/staff/releases").contentType(MediaType.APPLICATION_JSON).content(korean), write);
        assertThat(created).hasStatus(201);
        assertThat(read(created).get("language").asString()).isEqualTo("ko");
        assertThat(read(created).get("slug").asString()).isEqualTo("boseuteon-yeonguso-gaeso");
        assertThat(api(mvc.post().uri("/api/v1/staff/releases").contentType(MediaType.APPLICATION_JSON)
                .content(korean.replace("\"ko\"", "\"fr\"")), write)).hasStatus(400);
    }

    @Test
    void refusesRequestsWithoutAValidTokenAsProblemDetails() {
        fixtures.savedDraft("a-draft", "A draft");
        String uri = "/api/v1/staff/releases/" + jdbc.queryForObject("select id from press_release where slug = 'a-draft'", Long.class);
        var expiring = tokens.create(editor, "Short-lived", AccessTokens.Scope.READ, Duration.ofDays(1));

        var none = mvc.get().uri(uri).exchange();
        assertThat(none).hasStatus(401).hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        assertThat(none.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(api(mvc.get().uri(uri), "nwr_made-up")).hasStatus(401);
        assertThat(api(mvc.get().uri(uri), expiring)).hasStatusOk();

        clock.advance(Duration.ofDays(2));
        assertThat(api(mvc.get().uri(uri), expiring)).as("expired").hasStatus(401);
    }

    @Test
    void aReadTokenReadsButCannotWrite() {
        var read = tokens.create(editor, "Reader", AccessTokens.Scope.READ, Duration.ofDays(30));

        var refused = api(mvc.post().uri("/api/v1/staff/releases").contentType(MediaType.APPLICATION_JSON).content(DRAFT), read);

        assertThat(refused).hasStatus(403);
        assertThat(refused.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(jdbc.queryForObject("select count(*) from press_release", Long.class)).isZero();
    }

    @Test
    void writesThroughTheEditorsRulesAndNeverOverwritesAChangeItDidNotSee() throws Exception {
        var write = tokens.create(editor, "Writer", AccessTokens.Scope.WRITE, Duration.ofDays(30));

        var created = api(mvc.post().uri("/api/v1/staff/releases").contentType(MediaType.APPLICATION_JSON).content(DRAFT), write);
        assertThat(created).hasStatus(201);
        var release = read(created);
        assertThat(release.get("status").asString()).isEqualTo("DRAFT");
        assertThat(release.get("slug").asString()).isEqualTo("a-lab-in-boston");
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        String etag = created.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(jdbc.queryForList("select actor from audit_event where action = 'release.created'"
                + " and target = 'A lab in Boston'", String.class)).as("as the token's owner, with the token")
                .contains(editor.email() + " (token \u201cWriter\u201d)");

        String changed = DRAFT.replace("A new lab.", "A new research lab.");
        assertThat(api(mvc.put().uri(location).contentType(MediaType.APPLICATION_JSON).content(changed), write))
                .as("no If-Match").hasStatus(428);
        var saved = api(mvc.put().uri(location).header(HttpHeaders.IF_MATCH, etag)
                .contentType(MediaType.APPLICATION_JSON).content(changed), write);
        assertThat(saved).hasStatusOk();
        assertThat(saved.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);

        var stale = api(mvc.put().uri(location).header(HttpHeaders.IF_MATCH, etag)
                .contentType(MediaType.APPLICATION_JSON).content(DRAFT), write);
        assertThat(stale).hasStatus(412);
        assertThat(read(stale).get("detail").asString()).contains("changed since you read it");
        assertThat(read(api(mvc.get().uri(location), write)).get("summary").asString()).isEqualTo("A new research lab.");

        var invalid = api(mvc.post().uri("/api/v1/staff/releases").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"\", \"category\": \"news\", \"summary\": \"x\", \"body\": \"y\"}"), write);
        assertThat(invalid).hasStatus(400);
        assertThat(read(invalid).get("errors").has("title")).isTrue();

        var published = api(mvc.post().uri(location + "/publish")
                .header(HttpHeaders.IF_MATCH, saved.getResponse().getHeader(HttpHeaders.ETAG)), write);
        assertThat(published).hasStatusOk();
        var page = read(mvc.get().uri("/api/v1/releases/a-lab-in-boston").exchange());
        assertThat(page.get("bodyHtml").asString()).contains("<strong>spring</strong>").doesNotContain("<script");
    }

    @Test
    void schedulesAndUnpublishesWithTheReleasesETag() {
        var write = tokens.create(editor, "Scheduler", AccessTokens.Scope.WRITE, Duration.ofDays(30));
        var created = api(mvc.post().uri("/api/v1/staff/releases").contentType(MediaType.APPLICATION_JSON).content(DRAFT), write);
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        String etag = created.getResponse().getHeader(HttpHeaders.ETAG);

        var past = api(mvc.post().uri(location + "/schedule").header(HttpHeaders.IF_MATCH, etag)
                .contentType(MediaType.APPLICATION_JSON).content("{\"publishAt\": \"2020-01-01T09:00:00+09:00\"}"), write);
        assertThat(past).hasStatus(400);

        String inTwoHours = TestClockConfiguration.START.plus(Duration.ofHours(2)).toString();
        var scheduled = api(mvc.post().uri(location + "/schedule").header(HttpHeaders.IF_MATCH, etag)
                .contentType(MediaType.APPLICATION_JSON).content("{\"publishAt\": \"" + inTwoHours + "\"}"), write);
        assertThat(scheduled).hasStatusOk();
        assertThat(read(scheduled).get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(mvc.get().uri("/api/v1/releases/a-lab-in-boston").exchange()).as("embargoed until then").hasStatus(404);
        clock.advance(Duration.ofHours(3));
        assertThat(mvc.get().uri("/api/v1/releases/a-lab-in-boston").exchange()).hasStatusOk();

        assertThat(api(mvc.post().uri(location + "/unpublish").header(HttpHeaders.IF_MATCH, etag), write))
                .as("the ETag from before scheduling").hasStatus(412);
        var unpublished = api(mvc.post().uri(location + "/unpublish")
                .header(HttpHeaders.IF_MATCH, scheduled.getResponse().getHeader(HttpHeaders.ETAG)), write);
        assertThat(unpublished).hasStatusOk();
        assertThat(read(unpublished).get("status").asString()).isEqualTo("DRAFT");
        assertThat(mvc.get().uri("/api/v1/releases/a-lab-in-boston").exchange()).hasStatus(404);

        var trashed = fixtures.trashed("in-the-trash", "In the trash", TestClockConfiguration.START.minus(Duration.ofDays(1)));
        var refused = api(mvc.post().uri("/api/v1/staff/releases/" + trashed.getId() + "/publish")
                .header(HttpHeaders.IF_MATCH, "\"" + trashed.getVersion() + "\""), write);
        assertThat(refused).as("a release in the trash").hasStatus(409);
        assertThat(read(refused).get("detail").asString()).isEqualTo("Restore the release from the trash first.");
    }

    @Test
    void setsAnEndTimeAndPublishesAnEndedReleaseAgainWithoutItsOldEnd() {
        var write = tokens.create(editor, "Ender", AccessTokens.Scope.WRITE, Duration.ofDays(30));
        String inAnHour = TestClockConfiguration.START.plus(Duration.ofHours(1)).toString();
        var created = api(mvc.post().uri("/api/v1/staff/releases").contentType(MediaType.APPLICATION_JSON)
                .content(DRAFT.replace("\"category\"", "\"endsAt\": \"" + inAnHour + "\", \"category\"")), write);
        assertThat(read(created).get("endsAt").asString()).isEqualTo(inAnHour);
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        var published = api(mvc.post().uri(location + "/publish")
                .header(HttpHeaders.IF_MATCH, created.getResponse().getHeader(HttpHeaders.ETAG)), write);
        assertThat(mvc.get().uri("/api/v1/releases/a-lab-in-boston").exchange()).hasStatusOk();

        clock.advance(Duration.ofHours(2));
        assertThat(mvc.get().uri("/api/v1/releases/a-lab-in-boston").exchange()).hasStatus(410);
        var again = api(mvc.post().uri(location + "/publish")
                .header(HttpHeaders.IF_MATCH, published.getResponse().getHeader(HttpHeaders.ETAG)), write);

        assertThat(again).hasStatusOk();
        assertThat(read(again).get("endsAt").isNull()).isTrue();
        assertThat(mvc.get().uri("/api/v1/releases/a-lab-in-boston").exchange()).hasStatusOk();
    }

    @Test
    void uploadsAnImageThatAReleaseShowsAndKeepsWhenPublished() {
        var write = tokens.create(editor, "Uploader", AccessTokens.Scope.WRITE, Duration.ofDays(30));
        var photo = new MockMultipartFile("file", "lab.jpg", "image/jpeg", TestImages.jpeg(1200, 800));

        var uploaded = mvc.post().uri("/api/v1/staff/media").multipart().file(photo)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + write).exchange();
        assertThat(uploaded).hasStatus(201);
        long imageId = read(uploaded).get("id").asLong();
        var notAnImage = mvc.post().uri("/api/v1/staff/media").multipart()
                .file(new MockMultipartFile("file", "notes.jpg", "image/jpeg", "just text".getBytes()))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + write).exchange();
        assertThat(notAnImage).hasStatus(400);
        assertThat(read(notAnImage).get("detail").asString()).startsWith("Only JPEG, PNG, WebP and GIF images");

        String withImage = DRAFT.replace("}", ", \"imageId\": " + imageId + "}");
        assertThat(api(mvc.post().uri("/api/v1/staff/releases").contentType(MediaType.APPLICATION_JSON)
                .content(withImage), write)).as("an image without its text alternative").hasStatus(400);
        var created = api(mvc.post().uri("/api/v1/staff/releases").contentType(MediaType.APPLICATION_JSON)
                .content(withImage.replace("}", ", \"imageAlt\": \"The new lab\"}")), write);
        assertThat(created).hasStatus(201);

        var published = api(mvc.post().uri(created.getResponse().getHeader(HttpHeaders.LOCATION) + "/publish")
                .header(HttpHeaders.IF_MATCH, created.getResponse().getHeader(HttpHeaders.ETAG)), write);
        assertThat(published).hasStatusOk();
        assertThat(read(published).get("imageId").asLong()).isEqualTo(imageId);
        var page = read(mvc.get().uri("/api/v1/releases/a-lab-in-boston").exchange());
        assertThat(page.get("image").get("alt").asString()).isEqualTo("The new lab");
    }

    @Test
    void aSlugAnotherReleaseHasIsAConflictProblemNotAServerError() {
        fixtures.published("taken", "Taken", TestClockConfiguration.START.minus(Duration.ofDays(1)));
        var write = tokens.create(editor, "Slugs", AccessTokens.Scope.WRITE, Duration.ofDays(30));

        var clash = api(mvc.post().uri("/api/v1/staff/releases").contentType(MediaType.APPLICATION_JSON)
                .content(DRAFT.replace("}", ", \"slug\": \"taken\"}")), write);

        assertThat(clash).hasStatus(409);
        assertThat(clash.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(read(clash).get("detail").asString()).contains("slug");
        assertThat(jdbc.queryForObject("select count(*) from press_release where slug = 'taken'", Integer.class)).isEqualTo(1);
    }

    private MvcTestResult api(org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request,
                              String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private JsonNode read(MvcTestResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
