package io.newsroom.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import io.newsroom.Html;
import io.newsroom.HttpUser;
import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.TestClockConfiguration;
import io.newsroom.formguard.FormRateLimit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The contact form against a real SMTP server in-process (GreenMail). */
@IntegrationTest
class ContactFormTest {

    private static final AtomicInteger address = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FormRateLimit rateLimit;

    private GreenMail smtp;

    @BeforeEach
    void emptyInbox() {
        clock.set(TestClockConfiguration.START);
        rateLimit.forgetAll();
        jdbc.update("delete from mail_message");
        jdbc.update("delete from inquiry");
        smtp = new GreenMail(new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void sendsTheTeamANotificationAndTheJournalistAnAcknowledgement() throws Exception {
        smtp.start();

        var result = submit(Map.of("name", "Jiwoo Kim", "email", "jiwoo@press.example"));

        assertThat(result).hasStatus(302);
        String reference = result.getResponse().getRedirectedUrl().replaceAll(".*ref=", "");
        assertThat(reference).matches("INQ-2026-\\d{6}");
        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage notification = messageTo("pr@medicalip.example");
        MimeMessage acknowledgement = messageTo("jiwoo@press.example");

        assertThat(notification.getReplyTo()).extracting(Object::toString).containsExactly("jiwoo@press.example");
        assertThat(notification.getSubject()).contains(reference, "Jiwoo Kim", "Korea Daily");
        assertThat(parts(notification)).containsKeys("text/plain", "text/html");
        assertThat(parts(notification).get("text/plain")).contains("When was the award given?", "Korea Daily",
                "/admin/inquiries/");
        assertThat(acknowledgement.getSubject()).contains("MEDICAL IP", reference);
        assertThat(parts(acknowledgement).get("text/html")).contains(reference)
                .as("nothing the sender typed goes to an unconfirmed address").doesNotContain("Jiwoo Kim", "When was");
        assertThat(parts(acknowledgement).get("text/plain")).contains(reference);
        // marked sent right after the server took it
        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForList("select status from mail_message",
                String.class).stream().allMatch("SENT"::equals));
    }

    @Test
    void keepsEveryInquiryWhileTheMailServerIsDownAndSendsEachMessageOnceWhenItReturns() {
        for (int i = 1; i <= 20; i++) {
            var result = submit(Map.of("name", "Reporter " + i, "email", "reporter" + i + "@press.example"));
            assertThat(result).as("inquiry %d", i).hasStatus(302);
        }
        assertThat(count("inquiry")).isEqualTo(20);
        // the mail worker's own thread talks to the SMTP server: polled
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from mail_message where attempts > 0", Integer.class) == 40);
        assertThat(jdbc.queryForList("select distinct status from mail_message", String.class)).containsOnly("PENDING");

        smtp.start();
        clock.advance(Duration.ofHours(2));

        // the mail worker's own thread talks to the SMTP server: polled
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList("select distinct status from mail_message",
                String.class).equals(List.of("SENT")));
        assertThat(smtp.getReceivedMessages()).as("each message once").hasSize(40);
        var recipients = Arrays.stream(smtp.getReceivedMessages()).map(this::firstRecipient).toList();
        assertThat(recipients).filteredOn("pr@medicalip.example"::equals).hasSize(20);
        assertThat(recipients).filteredOn(to -> to.startsWith("reporter")).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void neverLetsALineBreakAddAHeaderOrARecipient() throws Exception {
        smtp.start();

        var result = submit(Map.of("name", "Eve\r\nBcc: victim@evil.example\r\nX-Injected: yes",
                "organization", "Outlet%0D%0ABcc: other@evil.example", "email", "eve@press.example"));
        var refused = Html.of(submit(Map.of("email", "eve@press.example\r\nBcc: victim@evil.example")));

        assertThat(result).hasStatus(302);
        assertThat(refused.select("#email-error").text()).isNotBlank();
        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            assertThat(message.getAllRecipients()).hasSize(1);
            assertThat(message.getRecipients(Message.RecipientType.BCC)).isNull();
            assertThat(message.getHeader("X-Injected")).isNull();
            assertThat(message.getSubject()).doesNotContain("\r", "\n");
        }
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void explainsEachMistakeNextToItsFieldAndKeepsEverythingTyped() {
        var page = Html.of(submit(Map.of("name", "", "email", "not-an-email", "message", "", "consent", "false",
                "phone", "call me", "organization", "o".repeat(151))));

        assertThat(page.select("#name-error").text()).isEqualTo("Fill this in.");
        assertThat(page.select("#email-error").text()).isNotBlank();
        assertThat(page.select("#message-error").text()).isEqualTo("Fill this in.");
        assertThat(page.select("#phone-error").text()).isEqualTo("Use digits, spaces and + ( ) - . / only.");
        assertThat(page.select("#organization-error").text()).isEqualTo("Use at most 150 characters.");
        assertThat(page.select("#consent-error").text()).startsWith("Please agree");
        assertThat(page.selectFirst("#email").val()).isEqualTo("not-an-email");
        assertThat(page.selectFirst("#phone").val()).isEqualTo("call me");
        assertThat(count("inquiry")).isZero();
    }

    @Test
    void takesAnyNameAndAMessageOfFiveThousandCharacters() {
        assertThat(submit(Map.of("name", "김지우 · Zoë O'Brien-Łukasz", "message", "말".repeat(5000)))).hasStatus(302);
        assertThat(Html.of(submit(Map.of("message", "x".repeat(5001)))).select("#message-error").text())
                .isEqualTo("Use at most 5,000 characters.");
    }

    @Test
    void createsOneInquiryWhenTheSameFormIsSentTwice() {
        var form = openForm();
        clock.advance(Duration.ofSeconds(5));

        var first = post(form, Map.of());
        var second = post(form, Map.of());

        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(count("inquiry")).isEqualTo(1);
        assertThat(count("mail_message")).isEqualTo(2);
    }

    @Test
    void refusesAFormSentBackFasterThanAPersonCanType() {
        var form = openForm();
        clock.advance(Duration.ofSeconds(1));

        var page = Html.of(post(form, Map.of()));

        assertThat(page.selectFirst(".problem").text()).startsWith("That was very quick.");
        assertThat(page.selectFirst("#message").text()).isEqualTo("When was the award given?");
        assertThat(count("inquiry")).isZero();
    }

    @Test
    void refusesATokenItDidNotIssue() {
        var page = Html.of(post("forged." + System.nanoTime() + ".signature", Map.of()));

        assertThat(page.selectFirst(".problem").text()).startsWith("This form was open too long");
        assertThat(count("inquiry")).isZero();
    }

    @Test
    void filesABotThatFillsTheHiddenFieldAsSpamAndSendsNoMail() {
        var result = submit(Map.of("website", "https://spam.example"));
        var links = submit(Map.of("message", "Buy http://a.example http://b.example www.c.example https://d.example"));

        assertThat(result).hasStatus(302);
        assertThat(links).hasStatus(302);
        assertThat(jdbc.queryForList("select spam_reason from inquiry where status = 'SPAM'", String.class))
                .containsExactlyInAnyOrder("honeypot", "many links");
        assertThat(count("mail_message")).isZero();
    }

    @Test
    void slowsDownAnAddressThatSendsTooMany() {
        var same = Map.of("address", "192.0.2.7");
        for (int i = 0; i < 5; i++) {
            assertThat(submit(same)).hasStatus(302);
        }

        var sixth = submit(same);

        assertThat(sixth).hasStatus(429);
        assertThat(Html.of(sixth).selectFirst(".problem").text()).startsWith("You have sent this form several times");
        assertThat(count("inquiry")).isEqualTo(5);
    }

    @Test
    void preFillsTheReleaseAVisitorCameFrom() {
        jdbc.update("delete from press_release where slug = 'contact-test'");
        long news = jdbc.queryForObject("select id from category where slug = 'news'", Long.class);
        jdbc.update("insert into press_release (slug, language, title, summary, body, category_id, status, published_at,"
                + " created_at, updated_at) values ('contact-test', 'en', 'The release', 's', 'b', ?, 'PUBLISHED',"
                + " ?, ?, ?)", news, ts(), ts(), ts());

        var page = Html.of(mvc.get().uri("/contact?release=contact-test").exchange());

        assertThat(page.selectFirst(".release-ref").text()).contains("The release");
        assertThat(page.selectFirst("#release").val()).isEqualTo("contact-test");
        assertThat(page.selectFirst("#topic option[selected]").val()).isEqualTo("RELEASE");
        assertThat(Html.of(mvc.get().uri("/contact?release=no-such").exchange()).select(".release-ref")).isEmpty();
        jdbc.update("delete from press_release where slug = 'contact-test'");
    }

    @Test
    void acknowledgesAFewInquiriesADayToOneAddressAndQuotesNoneOfThem() {
        for (int i = 1; i <= 6; i++) {
            assertThat(submit(Map.of("email", i % 2 == 0 ? "victim@press.example" : "VICTIM@Press.example",
                    "message", "Log in at https://evil.example/login now"))).hasStatus(302);
        }

        assertThat(jdbc.queryForObject("select count(*) from mail_message where kind = 'inquiry.notification'",
                Integer.class)).as("the PR team hears of each").isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from mail_message where kind = 'inquiry.acknowledgement'",
                Integer.class)).isEqualTo(InquiryIntake.ACKNOWLEDGEMENTS_A_DAY);
        assertThat(jdbc.queryForList("select text_body || html_body from mail_message where kind = 'inquiry.acknowledgement'",
                String.class)).noneMatch(body -> body.contains("evil.example"));
    }

    @Test
    void limitsTheRealPeerWhateverForwardedForItSends() {
        var statuses = new ArrayList<Integer>();
        for (int i = 1; i <= 6; i++) {
            var user = new HttpUser(port).header("X-Forwarded-For", "203.0.113." + i);
            var form = user.get("/contact").html();
            clock.advance(Duration.ofSeconds(5));
            statuses.add(user.post("/contact", Map.of("_csrf", form.selectFirst("input[name=_csrf]").val(),
                    "token", form.selectFirst("#token").val(), "name", "Reporter " + i,
                    "email", "reporter" + i + "@press.example", "organization", "Korea Daily", "topic", "OTHER",
                    "message", "A question", "consent", "true", "website", "")).status());
        }

        assertThat(statuses).containsExactly(302, 302, 302, 302, 302, 429);
        assertThat(jdbc.queryForList("select distinct ip from inquiry", String.class)).containsExactly("127.0.0.1");
    }

    private Timestamp ts() {
        return Timestamp.from(TestClockConfiguration.START.minus(Duration.ofDays(1)));
    }

    /** Opens the form, waits like a person, fills it in (with these changes) and sends it. */
    private MvcTestResult submit(Map<String, String> changes) {
        var token = openForm();
        clock.advance(Duration.ofSeconds(5));
        return post(token, changes);
    }

    private String openForm() {
        return Html.of(mvc.get().uri("/contact").exchange()).selectFirst("#token").val();
    }

    private MvcTestResult post(String token, Map<String, String> changes) {
        var fields = new HashMap<>(Map.of("name", "Jiwoo Kim", "email", "jiwoo@press.example",
                "organization", "Korea Daily", "topic", "RELEASE", "message", "When was the award given?",
                "consent", "true", "website", ""));
        fields.putAll(changes);
        String from = fields.containsKey("address") ? fields.remove("address") : "10.0.0." + address.incrementAndGet() % 250;
        var request = mvc.post().uri("/contact").with(csrf()).param("token", token).with(r -> {
            r.setRemoteAddr(from);
            return r;
        });
        fields.forEach(request::param);
        return request.exchange();
    }

    private MimeMessage messageTo(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient.equals(firstRecipient(m)))
                .findFirst().orElseThrow(() -> new AssertionError("no message to " + recipient));
    }

    private String firstRecipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parts(MimeMessage message) throws Exception {
        var found = new HashMap<String, String>();
        collect(message.getContent(), found);
        return found;
    }

    private static void collect(Object content, Map<String, String> found) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.getContent() instanceof MimeMultipart nested) {
                    collect(nested, found);
                } else {
                    found.put(part.getContentType().replaceAll(";.*", "").toLowerCase(),
                            GreenMailUtil.getBody(part));
                }
            }
        }
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
