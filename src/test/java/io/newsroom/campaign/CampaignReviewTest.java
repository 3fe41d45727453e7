package io.newsroom.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.newsroom.Html;
import io.newsroom.IntegrationTest;
import io.newsroom.MailText;
import io.newsroom.MutableClock;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.Role;
import io.newsroom.account.Staff;
import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.release.model.ReleaseFixtures;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Nothing reaches journalists without review when review before publishing is on, nor a release
 * that is not public or scheduled, on any path: the send button, the scheduler, a release taken
 * back after its campaign was scheduled. A campaign stopped midway sends nothing more.
 */
@IntegrationTest
class CampaignReviewTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    StaffFixtures staff;

    @Autowired
    ReleaseFixtures releases;

    private GreenMail smtp;
    private Staff admin;
    private CampaignSteps steps;

    @BeforeEach
    void start() {
        clock.set(TestClockConfiguration.START);
        for (String table : List.of("mail_message", "mail_suppression", "campaign", "contact", "contact_list")) {
            jdbc.update("delete from " + table);
        }
        releases.clear();
        admin = staff.admin();
        steps = new CampaignSteps(mvc, jdbc);
        smtp = new GreenMail(new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
        setReview(false, false);
        jdbc.update("delete from campaign");
    }

    @Test
    void withReviewOnAnEditorSubmitsAndOnlyAnotherReviewerSends() {
        var release = releases.publishedIn(Locale.ENGLISH, "award", "Award", "Won.", "Body.", clock.instant());
        long list = steps.importList(admin, "Desk", "email\none@paper.example\n");
        setReview(true, true);
        Staff editor = staff.editor();
        Staff publisher = staff.create(Role.PUBLISHER);
        long campaign = steps.campaign(editor, release.getId(), "Award", "", list);

        assertThat(steps.sendNow(editor, campaign)).isEqualTo("campaigns.needs-reviewer");
        assertThat(steps.sendNow(publisher, campaign)).as("four eyes: only a submitted campaign").isEqualTo("campaigns.four-eyes");
        assertThat(mvc.post().uri("/admin/campaigns/" + campaign + "/submit").with(user(publisher)).with(csrf()).exchange())
                .hasStatus(302);
        assertThat(steps.sendNow(publisher, campaign)).as("not the one who submitted it").isEqualTo("campaigns.four-eyes");
        assertThat(status(campaign)).isEqualTo("SUBMITTED");
        assertThat(steps.sendNow(admin, campaign)).endsWith("/results");
        clock.advance(Duration.ofSeconds(5));
        await().atMost(Duration.ofSeconds(15)).until(() -> smtp.getReceivedMessages().length == 1);
    }

    @Test
    void aDraftIsNeverMailedAndACampaignWhoseReleaseIsTakenBackStopsUnsent() {
        var draft = releases.savedDraft("secret", "Not reviewed yet");
        long list = steps.importList(admin, "Desk", "email\none@paper.example\n");
        long ofDraft = steps.campaign(admin, draft.getId(), "Secret", "", list);
        assertThat(steps.sendNow(admin, ofDraft)).isEqualTo("campaigns.release-not-mailable");

        var scheduled = releases.publishedIn(Locale.ENGLISH, "later", "Later", "Soon.", "Body.",
                clock.instant().plus(Duration.ofDays(2)));
        long campaign = steps.campaign(admin, scheduled.getId(), "Later", "", list);
        var at = mvc.post().uri("/admin/campaigns/" + campaign + "/send").with(user(admin)).with(csrf())
                .param("when", "at").param("at", "2026-06-02T12:00").exchange();
        assertThat(at).hasStatus(302);
        assertThat(status(campaign)).isEqualTo("SCHEDULED");
        assertThat(mvc.post().uri("/admin/releases/" + scheduled.getId() + "/trash").with(user(admin)).with(csrf())
                .exchange()).hasStatus(302);

        clock.advance(Duration.ofDays(1).plusHours(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> status(campaign).equals("STOPPED"));
        assertThat(jdbc.queryForObject("select stop_reason from campaign where id = ?", String.class, campaign))
                .isEqualTo("release-not-mailable");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from mail_message", Long.class)).isZero();
    }

    @Test
    void stoppingMidwaySendsNothingMore() {
        var release = releases.publishedIn(Locale.ENGLISH, "big", "Big news", "Big.", "Body.", clock.instant());
        String csv = "email\n" + IntStream.rangeClosed(1, 300).mapToObj(i -> "r" + i + "@paper.example")
                .collect(Collectors.joining("\n"));
        long list = steps.importList(admin, "Everyone", csv);
        long campaign = steps.campaign(admin, release.getId(), "Big news", "", list);
        steps.sendNow(admin, campaign);
        clock.advance(Duration.ofSeconds(5)); // 600 a minute: 50 may go
        await().atMost(Duration.ofSeconds(10)).until(() -> queued(campaign) == 50);
        var results = mvc.get().uri("/admin/campaigns/" + campaign + "/results").with(user(admin)).exchange();
        assertThat(Html.of(results).select("form[action$='/stop'] button").text()).isEqualTo("Stop the campaign");
        assertThat(mvc.post().uri("/admin/campaigns/" + campaign + "/stop").with(user(admin)).with(csrf()).exchange())
                .hasStatus(302);

        clock.advance(Duration.ofMinutes(5));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from mail_message where status = 'PENDING'", Long.class) == 0);
        assertThat(status(campaign)).isEqualTo("STOPPED");
        assertThat(queued(campaign)).isEqualTo(50);
        assertThat(jdbc.queryForObject("select count(*) from campaign_recipient where campaign_id = ? and status = 'CANCELLED'",
                Long.class, campaign)).isEqualTo(250);
        var figures = Html.of(mvc.get().uri("/admin/campaigns/" + campaign + "/results").with(user(admin)).exchange());
        assertThat(figures.select(".figures tr").eachText()).contains("Recipients 300", "Waiting to be sent 0",
                "Not sent: the campaign was stopped " + (250 + jdbc.queryForObject(
                        "select count(*) from mail_message where status = 'CANCELLED'", Long.class)));
        long sent = jdbc.queryForObject("select count(*) from mail_message where status = 'SENT'", Long.class);
        assertThat(smtp.getReceivedMessages()).hasSize((int) sent);
        assertThat(sent).isLessThanOrEqualTo(50);
    }

    @Test
    void twoCampaignsAtOnceShareTheRateAndNoMinuteGoesOverIt() {
        var release = releases.publishedIn(Locale.ENGLISH, "big", "Big news", "Big.", "Body.", clock.instant());
        String csv = "email\n" + IntStream.rangeClosed(1, 500).mapToObj(i -> "r" + i + "@paper.example")
                .collect(Collectors.joining("\n"));
        long list = steps.importList(admin, "Everyone", csv);
        long first = steps.campaign(admin, release.getId(), "Big news", "", list);
        long second = steps.campaign(admin, release.getId(), "Big news, again", "", list);
        steps.sendNow(admin, first);
        steps.sendNow(admin, second);
        for (int seconds = 10; seconds <= 80; seconds += 10) {
            var now = TestClockConfiguration.START.plusSeconds(seconds);
            long expected = Math.min(200L * seconds / 10, 600);
            clock.set(now);
            // each campaign may take 100 every 10 s, but both together no more than 600 in any minute
            await().pollDelay(Duration.ofMillis(600)).atMost(Duration.ofSeconds(10))
                    .until(() -> queuedBetween(now.minusSeconds(60), now) == expected);
        }
        assertThat(queued(first) + queued(second)).as("all, 20 s after the first minute").isEqualTo(1000);
        await().atMost(Duration.ofSeconds(5)).until(() -> status(first).equals("SENT") && status(second).equals("SENT"));
    }

    private long queuedBetween(Instant after, Instant until) {
        return jdbc.queryForObject("select count(*) from campaign_recipient where queued_at > ? and queued_at <= ?",
                Long.class, Timestamp.from(after), Timestamp.from(until));
    }

    @Test
    void aPreviewShowsTheMessageAsTheChosenJournalistGetsItAndATestGoesOnlyToMe() throws Exception {
        var english = releases.publishedIn(Locale.ENGLISH, "mou", "MOU signed", "Signed.", "The English body.", clock.instant());
        releases.translationOf(english, Locale.KOREAN, "mou-ko", "협약 체결", "체결.", "한국어 본문.", clock.instant());
        long list = steps.importList(admin, "Desk", "email,name,language\nminsu@ilbo.example,김민수,ko\njane@herald.example,Jane Doe,en\n");
        long campaign = steps.campaign(admin, english.getId(), "MOU signed", "Dear {{first_name|colleague}},", list);
        long minsu = jdbc.queryForObject("select id from contact where email = 'minsu@ilbo.example'", Long.class);

        var preview = Html.of(mvc.get().uri("/admin/campaigns/" + campaign + "/preview?contact=" + minsu).with(user(admin))
                .exchange());
        assertThat(preview.select(".mail-headers dd").eachText()).containsExactly("MOU signed", "minsu@ilbo.example", "ko");
        assertThat(preview.selectFirst(".mail-preview").text()).contains("Dear 김민수,", "협약 체결", "한국어 본문.")
                .doesNotContain("The English body.");
        assertThat(smtp.getReceivedMessages()).isEmpty();

        assertThat(mvc.post().uri("/admin/campaigns/" + campaign + "/test?contact=" + minsu).with(user(admin)).with(csrf())
                .exchange()).hasStatus(302);
        await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessages().length == 1);
        var test = smtp.getReceivedMessages()[0];
        assertThat(test.getAllRecipients()[0].toString()).isEqualTo(admin.email());
        assertThat(test.getSubject()).isEqualTo("[TEST] MOU signed");
        assertThat(MailText.of(test)).contains("Dear 김민수,").contains("한국어 본문.");
        assertThat(status(campaign)).as("a test sends nothing of the campaign").isEqualTo("DRAFT");
    }

    @Test
    void opensAreCountedOnlyWhenTheCampaignAsksAndItSaysSo() throws Exception {
        var release = releases.publishedIn(Locale.ENGLISH, "award", "Award", "Won.", "Body.", clock.instant());
        long list = steps.importList(admin, "Desk", "email\none@paper.example\n");
        var created = mvc.post().uri("/admin/campaigns/new").param("release", String.valueOf(release.getId()))
                .with(user(admin)).with(csrf()).param("subject", "Award").param("note", "")
                .param("listIds", String.valueOf(list)).param("trackOpens", "true").exchange();
        String location = created.getResponse().getRedirectedUrl();
        long withOpens = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long without = steps.campaign(admin, release.getId(), "Award, plain", "", list);
        assertThat(Html.of(mvc.get().uri("/admin/campaigns/" + without).with(user(admin)).exchange())
                .selectFirst("input[type=checkbox][name=trackOpens]").hasAttr("checked")).as("off by default").isFalse();
        steps.sendNow(admin, withOpens);
        steps.sendNow(admin, without);
        clock.advance(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(15)).until(() -> smtp.getReceivedMessages().length == 2);
        var pixel = Pattern.compile("http://localhost:8080(/mail/o/[A-Za-z0-9_-]+\\.gif)");
        var bodies = Arrays.stream(smtp.getReceivedMessages()).map(MailText::of).toList();
        assertThat(bodies.stream().filter(b -> pixel.matcher(b).find())).hasSize(1);
        var found = pixel.matcher(bodies.stream().filter(b -> pixel.matcher(b).find()).findFirst().orElseThrow());
        assertThat(found.find()).isTrue();
        var image = mvc.get().uri(found.group(1)).exchange();
        assertThat(image).hasStatus(200).hasContentType("image/gif");
        assertThat(jdbc.queryForObject("select count(*) from campaign_recipient where opened_at is not null", Long.class))
                .isEqualTo(1);
    }

    @Test
    void anUnknownMergeFieldAndSomeoneElsesEditAreExplainedAndNothingIsLost() {
        var release = releases.publishedIn(Locale.ENGLISH, "award", "Award", "Won.", "Body.", clock.instant());
        long list = steps.importList(admin, "Desk", "email\none@paper.example\n");
        var refused = mvc.post().uri("/admin/campaigns/new").param("release", String.valueOf(release.getId()))
                .with(user(admin)).with(csrf()).param("subject", "Award").param("note", "Dear {{firstname}},")
                .param("listIds", String.valueOf(list)).exchange();
        assertThat(refused).hasStatus(200);
        assertThat(Html.of(refused).selectFirst("#note-error").text()).startsWith("Unknown merge field.");
        assertThat(Html.of(refused).selectFirst("#note").text()).isEqualTo("Dear {{firstname}},");

        long campaign = steps.campaign(admin, release.getId(), "Award", "", list);
        long version = jdbc.queryForObject("select version from campaign where id = ?", Long.class, campaign);
        assertThat(edit(campaign, version, "Award: first edit")).hasStatus(302);
        var second = edit(campaign, version, "Award: second edit");
        assertThat(second).hasStatus(200);
        assertThat(Html.of(second).select(".problem").text()).contains("Someone else changed this campaign");
        assertThat(Html.of(second).selectFirst("#subject").val()).isEqualTo("Award: second edit");
        assertThat(jdbc.queryForObject("select subject from campaign where id = ?", String.class, campaign))
                .isEqualTo("Award: first edit");
    }

    private MvcTestResult edit(long campaign, long version, String subject) {
        return mvc.post().uri("/admin/campaigns/" + campaign).with(user(admin)).with(csrf()).param("subject", subject)
                .param("note", "").param("version", String.valueOf(version))
                .param("listIds", String.valueOf(jdbc.queryForObject("select id from contact_list", Long.class))).exchange();
    }

    private void setReview(boolean required, boolean fourEyes) {
        var request = mvc.post().uri("/admin/settings/review").with(user(admin)).with(csrf());
        if (required) {
            request.param("required", "true");
        }
        if (fourEyes) {
            request.param("fourEyes", "true");
        }
        assertThat(request.exchange()).hasStatus(302);
    }

    private String status(long campaign) {
        return jdbc.queryForObject("select status from campaign where id = ?", String.class, campaign);
    }

    private long queued(long campaign) {
        return jdbc.queryForObject("select count(*) from campaign_recipient where campaign_id = ? and status = 'QUEUED'",
                Long.class, campaign);
    }
}
