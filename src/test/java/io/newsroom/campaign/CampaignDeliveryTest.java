package io.newsroom.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import io.newsroom.IntegrationTest;
import io.newsroom.MailText;
import io.newsroom.MutableClock;
import io.newsroom.TestClockConfiguration;
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
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A release sent to journalists through a real SMTP server, and bounces read from a real IMAP
 * mailbox (GreenMail): each journalist once, in their language, under embargo with a personal
 * link; one-click unsubscribe and bounces keep the address from every later mailing.
 */
@IntegrationTest
@TestPropertySource(properties = {
        "newsroom.mail.bounce-address=bounces@medicalip.example",
        "newsroom.mail.bounces.host=127.0.0.1",
        "newsroom.mail.bounces.port=" + CampaignDeliveryTest.IMAP_PORT,
        "newsroom.mail.bounces.protocol=imap",
        "newsroom.mail.bounces.username=bounces@medicalip.example",
        "newsroom.mail.bounces.password=bounce-box-secret",
        "newsroom.mail.bounces.poll-interval=PT0.3S"})
class CampaignDeliveryTest {

    static final int IMAP_PORT = 3943;
    private static final Instant LIFT = TestClockConfiguration.START.plus(Duration.ofDays(1));
    private static final Pattern UNSUBSCRIBE = Pattern.compile("<(http://localhost:8080/mail/unsubscribe/[A-Za-z0-9_-]+)>");

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

    private GreenMail mail;
    private Staff admin;
    private CampaignSteps steps;

    @BeforeEach
    void start() {
        clock.set(TestClockConfiguration.START);
        for (String table : List.of("mail_message", "mail_suppression", "mail_report", "campaign", "contact",
                "contact_list", "contact_segment", "preview_link")) {
            jdbc.update("delete from " + table);
        }
        releases.clear();
        admin = staff.admin();
        steps = new CampaignSteps(mvc, jdbc);
        mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        mail.setUser("bounces@medicalip.example", "bounces@medicalip.example", "bounce-box-secret");
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    @Test
    void sendsTheEmbargoedReleaseToEachJournalistOnceInTheirLanguageWithAPersonalLink() throws Exception {
        var english = releases.publishedIn(Locale.ENGLISH, "mou-seoul-hospital", "MOU with Seoul Hospital",
                "A partnership for 3D anatomy.", "The two sign a **memorandum**. [More](/news/other)", LIFT);
        releases.translationOf(english, Locale.KOREAN, "mou-seoul-hospital-ko", "서울병원과 업무 협약",
                "3D 해부학 협력", "두 기관이 **협약**을 맺었습니다.", LIFT);
        long list = steps.importList(admin, "Health desk", """
                email,name,outlet,language
                jane@herald.example,Jane Doe,Korea Herald,en
                minsu@ilbo.example,김민수,한국일보,ko
                JANE@herald.example,,,
                """);

        long campaign = steps.campaign(admin, english.getId(), "MOU with Seoul Hospital", "Dear {{first_name|colleague}},\nahead of time.", list);
        assertThat(steps.sendNow(admin, campaign)).endsWith("/results");
        clock.advance(Duration.ofSeconds(10));

        await().atMost(Duration.ofSeconds(15)).until(() -> mail.getReceivedMessages().length >= 2);
        MimeMessage toJane = only("jane@herald.example");
        MimeMessage toMinsu = only("minsu@ilbo.example");
        assertThat(toJane.getSubject()).startsWith("EMBARGOED UNTIL").endsWith(": MOU with Seoul Hospital");
        assertThat(toMinsu.getSubject()).startsWith("[엠바고").contains("MOU with Seoul Hospital");
        String janeText = MailText.of(toJane);
        String minsuText = MailText.of(toMinsu);
        assertThat(janeText).contains("Dear Jane,").contains("The two sign a").contains("15 Seoul-ro")
                .contains("http://localhost:8080/news/preview/").doesNotContain("/news/mou-seoul-hospital\"");
        assertThat(minsuText).contains("Dear 김민수,").contains("두 기관이").contains("수신 거부");
        assertThat(toJane.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(toJane.getHeader("Message-ID")[0]).matches("<newsroom\\.\\d+\\.\\d+@medicalip\\.example>");
        assertThat(toJane.getHeader("Return-Path")[0]).matches("<?bounces\\+[a-z0-9]+@medicalip\\.example>?");

        var link = Pattern.compile("http://localhost:8080(/news/preview/[A-Za-z0-9_-]+)").matcher(janeText);
        assertThat(link.find()).isTrue();
        assertThat(mvc.get().uri(link.group(1)).exchange()).as("the personal embargo link opens before the lift").hasStatus(200);
        long minsuRecipient = jdbc.queryForObject("select id from campaign_recipient where email = 'minsu@ilbo.example'",
                Long.class);
        String minsuLink = "/news/preview/" + jdbc.queryForObject(
                "select embargo_token from campaign_recipient where id = ?", String.class, minsuRecipient);
        assertThat(mvc.get().uri(minsuLink).exchange()).hasStatus(200);
        assertThat(mvc.post().uri("/admin/campaigns/" + campaign + "/recipients/" + minsuRecipient + "/revoke-link")
                .with(user(admin)).with(csrf()).exchange()).hasStatus(302);
        assertThat(mvc.get().uri(minsuLink).exchange()).as("a revoked link opens nothing").hasStatus(404);
        assertThat(mvc.get().uri(link.group(1)).exchange()).as("the others still open").hasStatus(200);

        // Jane unsubscribes from her mail client with one click (RFC 8058): a POST without any form token
        var unsubscribe = UNSUBSCRIBE.matcher(toJane.getHeader("List-Unsubscribe")[0]);
        assertThat(unsubscribe.find()).isTrue();
        assertThat(mvc.post().uri(unsubscribe.group(1).replace("http://localhost:8080", ""))
                .contentType("application/x-www-form-urlencoded").content("List-Unsubscribe=One-Click").exchange())
                .hasStatus(200);

        long second = steps.campaign(admin, english.getId(), "A second note", "", list);
        steps.sendNow(admin, second);
        clock.advance(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(15)).until(() -> mail.getReceivedMessages().length >= 3);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> outboxIdle());
        assertThat(countByRecipient()).as("nobody twice, nobody after unsubscribing")
                .isEqualTo(Map.of("jane@herald.example", 1L, "minsu@ilbo.example", 2L));
        assertThat(jdbc.queryForObject("select count(*) from campaign_recipient where campaign_id = ? and status = 'SKIPPED'",
                Long.class, second)).isEqualTo(1);
    }

    @Test
    void aDeliveryReportInTheBounceMailboxSuppressesTheAddressForEveryLaterMailing() throws Exception {
        var release = releases.publishedIn(Locale.ENGLISH, "award", "Award", "Won it.", "Body.", clock.instant());
        long list = steps.importList(admin, "Tech", """
                email,name
                gone@closed.example,Gone Away
                here@open.example,Still Here
                """);
        long campaign = steps.campaign(admin, release.getId(), "Award", "", list);
        steps.sendNow(admin, campaign);
        clock.advance(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(15)).until(() -> mail.getReceivedMessages().length >= 2);
        MimeMessage toGone = only("gone@closed.example");
        String returnPath = toGone.getHeader("Return-Path")[0].replaceAll("[<>]", "");

        deliverToBounceMailbox("""
                From: Mail Delivery System <MAILER-DAEMON@mx.closed.example>
                To: %s
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <dsn-1@mx.closed.example>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

                --b1
                Content-Type: text/plain

                Your message could not be delivered.
                --b1
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.closed.example

                Final-Recipient: rfc822; gone@closed.example
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 <gone@closed.example>: Recipient address rejected

                --b1
                Content-Type: text/rfc822-headers

                Message-ID: %s
                Subject: Award
                --b1--
                """.formatted(returnPath, toGone.getMessageID()));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from campaign_recipient where email = 'gone@closed.example' and bounced_at is not null",
                Long.class) == 1);
        assertThat(jdbc.queryForObject("select bounce from campaign_recipient where email = 'gone@closed.example'",
                String.class)).contains("550 5.1.1");
        assertThat(jdbc.queryForObject("select reason from mail_suppression", String.class)).isEqualTo("BOUNCED");

        // the report was acted on once and taken out of the mailbox; read again, it counts nothing
        await().atMost(Duration.ofSeconds(5)).until(() -> mail.getUserManager().getUser("bounces@medicalip.example") != null
                && mail.getManagers().getImapHostManager().getInbox(mail.getUserManager().getUser("bounces@medicalip.example"))
                .getMessageCount() == 0);

        var results = mvc.get().uri("/admin/campaigns/" + campaign + "/results").with(user(admin)).exchange();
        assertThat(results.getResponse().getContentAsString()).contains("Bounced: smtp; 550 5.1.1");

        long again = steps.campaign(admin, release.getId(), "Award, again", "", list);
        steps.sendNow(admin, again);
        clock.advance(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(15)).until(() -> mail.getReceivedMessages().length >= 3);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(this::outboxIdle);
        assertThat(countByRecipient()).isEqualTo(Map.of("gone@closed.example", 1L, "here@open.example", 2L));
    }

    @Test
    void aReplyIsCountedAndASoftBounceIsSentAgainUntilTheAddressIsSuppressed() throws Exception {
        var release = releases.publishedIn(Locale.ENGLISH, "award", "Award", "Won it.", "Body.", clock.instant());
        long list = steps.importList(admin, "Tech", """
                email,name
                full@box.example,Full Box
                talker@paper.example,Talker
                """);
        long campaign = steps.campaign(admin, release.getId(), "Award", "", list);
        steps.sendNow(admin, campaign);
        clock.advance(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(15)).until(() -> mail.getReceivedMessages().length >= 2);

        deliverToBounceMailbox("""
                From: Talker <talker@paper.example>
                To: MEDICAL IP PR <bounces@medicalip.example>
                Subject: Re: Award
                Message-ID: <reply-1@paper.example>
                In-Reply-To: %s

                Could we have an interview?
                """.formatted(only("talker@paper.example").getMessageID()));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from campaign_recipient where replied_at is not null", Long.class) == 1);

        // the talker's mailbox provider reports them marking it as spam (an ARF report from its feedback loop)
        deliverToBounceMailbox("""
                From: Feedback Loop <fbl@paper.example>
                To: bounces@medicalip.example
                Subject: Abuse report
                Message-ID: <arf-1@fbl.paper.example>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=feedback-report; boundary="f"

                --f
                Content-Type: text/plain

                A user marked this message as spam.
                --f
                Content-Type: message/feedback-report

                Feedback-Type: abuse
                Version: 1
                --f
                Content-Type: text/rfc822-headers

                Message-ID: %s
                --f--
                """.formatted(only("talker@paper.example").getMessageID()));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from mail_suppression where reason = 'COMPLAINED'", Long.class) == 1);
        assertThat(jdbc.queryForObject("select unsubscribed_at is not null from campaign_recipient"
                + " where email = 'talker@paper.example'", Boolean.class)).isTrue();

        for (int bounce = 1; bounce <= 3; bounce++) {
            var sent = Arrays.stream(mail.getReceivedMessages()).filter(m -> to(m).equals("full@box.example")).toList();
            assertThat(sent).as("attempts before soft bounce " + bounce).hasSize(bounce);
            String returnPath = sent.get(0).getHeader("Return-Path")[0].replaceAll("[<>]", "");
            deliverToBounceMailbox("""
                    To: %s
                    Subject: Delivery delayed, then failed
                    Message-ID: <soft-%d@mx.box.example>
                    Content-Type: multipart/report; report-type=delivery-status; boundary="s"

                    --s
                    Content-Type: message/delivery-status

                    Reporting-MTA: dns; mx.box.example

                    Final-Recipient: rfc822; full@box.example
                    Action: failed
                    Status: 4.2.2
                    Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
                    --s--
                    """.formatted(returnPath, bounce));
            int expected = bounce;
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "select soft_bounces from mail_message where recipients = 'full@box.example'", Integer.class) == expected);
            if (bounce < 3) {
                clock.advance(Duration.ofHours(4).plusMinutes(1));
                await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(mail.getReceivedMessages())
                        .filter(m -> to(m).equals("full@box.example")).count() == expected + 1);
            }
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from mail_suppression where reason = 'SOFT_BOUNCES'", Long.class) == 1);
        assertThat(jdbc.queryForObject("select bounced_at is not null from campaign_recipient where email = 'full@box.example'",
                Boolean.class)).isTrue();
    }

    private void deliverToBounceMailbox(String raw) throws Exception {
        var message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        mail.getUserManager().getUser("bounces@medicalip.example").deliver(message);
    }

    private boolean outboxIdle() {
        return jdbc.queryForObject("select count(*) from mail_message where status = 'PENDING'", Long.class) == 0
                && jdbc.queryForObject("select count(*) from campaign_recipient where status = 'WAITING'", Long.class) == 0;
    }

    private MimeMessage only(String address) throws Exception {
        var found = Arrays.stream(mail.getReceivedMessages()).filter(m -> to(m).equals(address)).toList();
        assertThat(found).as("messages to " + address).hasSize(1);
        return found.get(0);
    }

    private Map<String, Long> countByRecipient() {
        return Arrays.stream(mail.getReceivedMessages()).collect(Collectors.groupingBy(CampaignDeliveryTest::to,
                Collectors.counting()));
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
