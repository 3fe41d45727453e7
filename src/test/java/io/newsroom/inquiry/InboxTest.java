package io.newsroom.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import io.newsroom.Html;
import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.Staff;
import io.newsroom.account.staff.StaffFixtures;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The PR team's inbox: reading, noting, assigning, answering and exporting inquiries. */
@IntegrationTest
class InboxTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StaffFixtures staff;

    @Autowired
    InquiryIntake intake;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private GreenMail smtp;
    private Staff editor;

    @BeforeEach
    void emptyInbox() {
        clock.set(TestClockConfiguration.START);
        jdbc.update("delete from mail_message");
        jdbc.update("delete from inquiry");
        editor = staff.editor();
        smtp = new GreenMail(new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void keepsTheInboxFromAnonymousVisitors() {
        long id = file("Jiwoo Kim", "Korea Daily", "A question");

        for (String path : new String[] {"/admin/inquiries", "/admin/inquiries/" + id, "/admin/inquiries.csv"}) {
            assertThat(mvc.get().uri(path).exchange()).hasStatus(302);
        }
        assertThat(mvc.post().uri("/admin/inquiries/" + id + "/reply").with(csrf()).param("body", "x").exchange())
                .hasStatus(302);
    }

    @Test
    void countsNewInquiriesInTheNavigationAndFiltersTheList() {
        file("Jiwoo Kim", "Korea Daily", "First");
        file("Ana Silva", "Lisbon Post", "Second");

        var list = Html.of(mvc.get().uri("/admin/inquiries?q=lisbon").with(user(editor)).exchange());

        assertThat(list.selectFirst(".admin-nav .count").text()).isEqualTo("2");
        assertThat(list.select("tbody tr")).hasSize(1);
        assertThat(list.selectFirst("tbody tr").text()).contains("Ana Silva", "Lisbon Post", "New");
        assertThat(Html.of(mvc.get().uri("/admin/inquiries?status=ANSWERED").with(user(editor)).exchange())
                .select("tbody tr")).isEmpty();
    }

    @Test
    void showsEveryFieldTheThreadAndTheDeliveryOfEachMessage() {
        long id = file("Jiwoo Kim", "Korea Daily", "When was the award given?");

        var page = Html.of(mvc.get().uri("/admin/inquiries/" + id).with(user(editor)).exchange());

        assertThat(page.text()).contains("Jiwoo Kim", "jiwoo@press.example", "Korea Daily", "+82 10 1234 5678",
                "When was the award given?", "Notification to the PR team", "Acknowledgement to the journalist");
        assertThat(page.select(".mail--PENDING")).hasSize(2);
    }

    @Test
    void recordsNotesStatusChangesAndTheAssignee() {
        long id = file("Jiwoo Kim", "Korea Daily", "A question");

        post(id, "note", Map.of("body", "Call back on Monday"));
        post(id, "status", Map.of("status", "IN_PROGRESS"));
        post(id, "assign", Map.of("assignee", String.valueOf(editor.id())));

        var page = Html.of(mvc.get().uri("/admin/inquiries/" + id).with(user(editor)).exchange());
        assertThat(page.select(".revisions").first().text()).contains("Call back on Monday", "In progress");
        assertThat(page.selectFirst("#assignee option[selected]").text()).isEqualTo(editor.getDisplayName());
        assertThat(jdbc.queryForList("select action from audit_event where target like ?", String.class,
                reference(id) + "%")).contains("inquiry.status-changed", "inquiry.assigned");
    }

    @Test
    void answersByMailFromTheAdminAndKeepsTheReplyOnTheThread() throws Exception {
        long id = file("Jiwoo Kim", "Korea Daily", "A question");
        smtp.start();

        post(id, "reply", Map.of("body", "The award was given on 15 September."));

        // the mail worker's own thread talks to the SMTP server: polled
        await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessages().length == 3);
        var reply = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).startsWith("Re:")).findFirst().orElseThrow();
        assertThat(reply.getAllRecipients()[0].toString()).isEqualTo("jiwoo@press.example");
        assertThat(subject(reply)).contains(reference(id));
        assertThat(jdbc.queryForObject("select status from inquiry where id = ?", String.class, id)).isEqualTo("ANSWERED");
        assertThat(Html.of(mvc.get().uri("/admin/inquiries/" + id).with(user(editor)).exchange()).text())
                .contains("Reply sent", "The award was given on 15 September.");
    }

    @Test
    void flagsAMessageWhoseRetriesRanOutAndSendsItAgainOnRequest() {
        long id = file("Jiwoo Kim", "Korea Daily", "A question");
        // the mail worker's own thread talks to the SMTP server: polled
        await().atMost(Duration.ofSeconds(10)).until(() -> attempts() >= 2);
        clock.advance(Duration.ofHours(25));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from mail_message where status = 'FAILED'", Integer.class) == 2);
        var page = Html.of(mvc.get().uri("/admin/inquiries/" + id).with(user(editor)).exchange());
        assertThat(page.select(".mail--FAILED")).hasSize(2);

        smtp.start();
        for (long message : jdbc.queryForList("select id from mail_message", Long.class)) {
            assertThat(mvc.post().uri("/admin/inquiries/" + id + "/messages/" + message + "/resend")
                    .with(user(editor)).with(csrf()).exchange()).hasStatus(302);
        }

        // the mail worker's own thread talks to the SMTP server: polled
        await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessages().length == 2);
    }

    @Test
    void resendsOnlyMessagesOfTheInquiryInTheAddress() {
        long mine = file("Jiwoo Kim", "Korea Daily", "A question");
        long other = file("Minho Lee", "Seoul Times", "Another question");
        await().atMost(Duration.ofSeconds(10)).until(() -> attempts() >= 4); // the worker has tried each once
        jdbc.update("update mail_message set status = 'FAILED'");
        long othersMessage = jdbc.queryForObject("select min(id) from mail_message where reference = ?", Long.class, "inquiry:" + other);
        jdbc.update("insert into mail_message (kind, recipients, subject, text_body, html_body, status, next_attempt_at,"
                + " give_up_at, created_at) values ('alert.confirmation', 'victim@example.com', 'Confirm', 't', 'h',"
                + " 'FAILED', current_timestamp, current_timestamp, current_timestamp)");
        long alertMessage = jdbc.queryForObject("select id from mail_message where reference is null", Long.class);

        for (long message : new long[] {othersMessage, alertMessage}) {
            assertThat(mvc.post().uri("/admin/inquiries/" + mine + "/messages/" + message + "/resend")
                    .with(user(editor)).with(csrf()).exchange()).hasStatus(404);
        }

        assertThat(jdbc.queryForObject("select count(*) from mail_message where status = 'FAILED'", Integer.class))
                .isEqualTo(5);
    }

    @Test
    void exportsTheFilteredListWithFormulasDefused() {
        file("=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd", "-2+3");
        file("@SUM(A1)", "Normal outlet", "Quote \"this\"");

        var csv = new String(mvc.get().uri("/admin/inquiries.csv").with(user(editor)).exchange().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", "\"'+cmd\"", "\"'-2+3\"",
                "\"'@SUM(A1)\"", "\"Quote \"\"this\"\"\"");
        assertThat(csv.lines().filter(line -> line.startsWith("\"INQ-"))).hasSize(2);
        var filtered = new String(mvc.get().uri("/admin/inquiries.csv?q=normal").with(user(editor)).exchange()
                .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(filtered.lines().filter(line -> line.startsWith("\"INQ-"))).hasSize(1);
    }

    private long file(String name, String organization, String message) {
        var form = new InquiryForm(name, "jiwoo@press.example", organization, "+82 10 1234 5678", Topic.OTHER, null,
                message, true, "", null);
        String reference = intake.file(form, "token-" + System.nanoTime(), "10.1.1.1", null, java.util.Locale.ENGLISH);
        return jdbc.queryForObject("select id from inquiry where reference = ?", Long.class, reference);
    }

    private void post(long id, String action, Map<String, String> fields) {
        var request = mvc.post().uri("/admin/inquiries/" + id + "/" + action).with(user(editor)).with(csrf());
        fields.forEach(request::param);
        assertThat(request.exchange()).hasStatus(302);
    }

    private String reference(long id) {
        return jdbc.queryForObject("select reference from inquiry where id = ?", String.class, id);
    }

    private int attempts() {
        return jdbc.queryForObject("select coalesce(sum(attempts), 0) from mail_message", Integer.class);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
