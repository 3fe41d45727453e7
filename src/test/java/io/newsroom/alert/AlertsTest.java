package io.newsroom.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import io.newsroom.Html;
import io.newsroom.IntegrationTest;
import io.newsroom.MailText;
import io.newsroom.MutableClock;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.Staff;
import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.mail.Suppressions;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Email alerts through a real SMTP server: confirm, one alert per release, one-click unsubscribe. */
@IntegrationTest
class AlertsTest {

    private static final Pattern CONFIRM = Pattern.compile("/alerts/confirm\\?token=([A-Za-z0-9_-]+)");
    private static final AtomicInteger address = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffFixtures staff;

    @Autowired
    Suppressions suppressions;

    private GreenMail smtp;
    private Staff admin;

    @BeforeEach
    void startSmtp() {
        clock.set(TestClockConfiguration.START);
        jdbc.update("delete from mail_message");
        jdbc.update("delete from release_alert");
        jdbc.update("delete from subscriber");
        jdbc.update("delete from mail_suppression");
        jdbc.update("delete from press_release");
        admin = staff.admin();
        smtp = new GreenMail(new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void sendsEachNewReleaseOnceToConfirmedSubscribersAndStopsOnOneClick() throws Exception {
        String token = subscribeAndConfirm("investor@fund.example");

        long id = publish("Results for the year", "news");
        MimeMessage alert = awaitMessageTo("investor@fund.example", "Results for the year");
        assertThat(alert.getHeader("List-Unsubscribe")[0]).startsWith("<http://localhost:8080/alerts/unsubscribe/");
        assertThat(alert.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(GreenMailUtil.getBody(alert)).contains("http://localhost:8080/news/");

        post("/admin/releases/" + id + "/unpublish");
        republish(id);
        awaitOutboxDone();
        assertThat(countTo("investor@fund.example")).isEqualTo(2);

        String unsubscribe = alert.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "").replace("http://localhost:8080", "");
        var oneClick = mvc.post().uri(unsubscribe).param("List-Unsubscribe", "One-Click").exchange();
        assertThat(oneClick).hasStatusOk();
        assertThat(Html.of(oneClick).selectFirst("h1").text()).isEqualTo("You are unsubscribed");

        publish("Another release", "news");
        awaitOutboxDone();
        assertThat(countTo("investor@fund.example")).isEqualTo(2);
        assertThat(token).isNotBlank();
    }

    @Test
    void aSubscriberFromTheKoreanPageHearsInKoreanOfTheKoreanReleasesOnly() throws Exception {
        String formToken = Html.of(mvc.get().uri("/ko/alerts").exchange()).selectFirst("#token").val();
        clock.advance(Duration.ofSeconds(5));
        assertThat(mvc.post().uri("/ko/alerts").with(csrf()).param("email", "gija@press.example").param("token", formToken)
                .param("website", "").param("languages", "ko").exchange()).hasRedirectedUrl("/ko/alerts/check-your-inbox");
        var confirmation = awaitMessageTo("gija@press.example", "구독을 확인해 주세요");
        // UTF-8 mail travels encoded (quoted-printable): read it decoded, as a mail client does
        var link = Pattern.compile("/ko/alerts/confirm\\?token=([A-Za-z0-9_-]+)").matcher(MailText.of(confirmation));
        assertThat(link.find()).as("a link to the Korean page").isTrue();
        assertThat(Html.of(mvc.post().uri("/ko/alerts/confirm").with(csrf()).param("token", link.group(1)).exchange())
                .selectFirst("h1").text()).isEqualTo("구독되었습니다");

        publish("An English release", "news");
        long categoryId = jdbc.queryForObject("select id from category where slug = 'news'", Long.class);
        assertThat(mvc.post().uri("/admin/releases").with(user(admin)).with(csrf()).param("title", "한국어 보도자료")
                .param("categoryId", String.valueOf(categoryId)).param("summary", "요약").param("body", "본문")
                .param("language", "ko").param("action", "publish").exchange()).hasStatus(302);

        var alert = awaitMessageTo("gija@press.example", "한국어 보도자료");
        assertThat(MailText.of(alert)).contains("http://localhost:8080/ko/news/hangukeo-bodojaryo");
        awaitOutboxDone();
        assertThat(countTo("gija@press.example")).as("the confirmation and the Korean release").isEqualTo(2);
    }

    @Test
    void sendsOnlyTheCategoriesChosen() throws Exception {
        subscribeAndConfirm("awards@press.example", "award");

        publish("An MOU signed", "mou");
        publish("An award won", "award");

        awaitMessageTo("awards@press.example", "An award won");
        awaitOutboxDone();
        assertThat(countTo("awards@press.example")).isEqualTo(2);
    }

    @Test
    void sendsNothingBeforeConfirmationAndRefusesAnExpiredLink() throws Exception {
        subscribe("late@press.example");
        String token = confirmToken("late@press.example");

        publish("Too early", "news");
        clock.advance(Alerts.CONFIRM_WITHIN.plusHours(1));
        var confirmed = Html.of(mvc.post().uri("/alerts/confirm").with(csrf()).param("token", token).exchange());

        assertThat(confirmed.selectFirst("h1").text()).isEqualTo("This link does not work any more");
        awaitOutboxDone();
        assertThat(countTo("late@press.example")).isEqualTo(1);
    }

    @Test
    void takesAnAddressWhoseDomainStartsWithWww() throws Exception {
        subscribe("desk@www.press.example");

        assertThat(confirmToken("desk@www.press.example")).isNotBlank();
    }

    @Test
    void takesEachFormOnceHoweverOftenItIsSent() {
        String formToken = Html.of(mvc.get().uri("/alerts").exchange()).selectFirst("#token").val();
        clock.advance(Duration.ofSeconds(5));
        for (int i = 0; i < 5; i++) {
            subscribeWith(formToken, "victim" + i + "@press.example");
        }

        assertThat(jdbc.queryForObject("select count(*) from mail_message", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from subscriber", Integer.class)).isEqualTo(1);
    }

    @Test
    void sendsOneConfirmationADayToAnAddressHoweverManyFormsAskForIt() {
        for (int i = 0; i < 11; i++) {
            subscribe("victim@press.example");
        }
        assertThat(jdbc.queryForObject("select count(*) from mail_message where recipients = 'victim@press.example'",
                Integer.class)).isEqualTo(1);

        clock.advance(Alerts.CONFIRMATION_GAP.plusMinutes(1));
        subscribe("victim@press.example");
        assertThat(jdbc.queryForObject("select count(*) from mail_message where recipients = 'victim@press.example'",
                Integer.class)).as("a day later, one more").isEqualTo(2);
    }

    @Test
    void changesAConfirmedSubscriptionOnlyWhenItsOwnerConfirms() throws Exception {
        subscribeAndConfirm("reader@fund.example", "award");
        clock.advance(Alerts.CONFIRMATION_GAP.plusMinutes(1));

        subscribe("reader@fund.example", "mou");

        assertThat(jdbc.queryForObject("select categories from subscriber where email = 'reader@fund.example'",
                String.class)).as("a stranger's form changes nothing yet").isEqualTo("award");
        // the mail worker's own thread hands the mail to the SMTP server: polled
        await().atMost(Duration.ofSeconds(10)).until(() -> countTo("reader@fund.example") == 2);
        var second = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals("reader@fund.example"))
                .reduce((first, last) -> last).orElseThrow();
        var matcher = CONFIRM.matcher(GreenMailUtil.getBody(second));
        assertThat(matcher.find()).isTrue();
        assertThat(mvc.post().uri("/alerts/confirm").with(csrf()).param("token", matcher.group(1)).exchange())
                .hasStatusOk();
        assertThat(jdbc.queryForObject("select categories from subscriber where email = 'reader@fund.example'",
                String.class)).isEqualTo("mou");
    }

    @Test
    void showsSubscribersToAdminsOnly() {
        subscribe("someone@press.example");

        assertThat(mvc.get().uri("/admin/subscribers").with(user(staff.editor())).exchange()).hasStatus(403);
        var page = Html.of(mvc.get().uri("/admin/subscribers").with(user(admin)).exchange());
        assertThat(page.text()).contains("someone@press.example", "0 confirmed · 1 waiting for confirmation");
        var csv = new String(mvc.get().uri("/admin/subscribers.csv").with(user(admin)).exchange().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"someone@press.example\",\"PENDING\"");
    }

    /** The decoded text of a message's content, all its parts together. */
    @Test
    void anAddressThatUnsubscribedFromACampaignOrBouncedGetsNoAlert() throws Exception {
        subscribeAndConfirm("bounced@fund.example");
        subscribeAndConfirm("kept@fund.example");
        suppressions.suppress("Bounced@Fund.example", Suppressions.Reason.BOUNCED);

        publish("Results for the year", "news");
        awaitMessageTo("kept@fund.example", "Results for the year");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from mail_message where status = 'PENDING'", Integer.class) == 0);
        assertThat(countTo("bounced@fund.example")).as("only the confirmation before it was suppressed").isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from mail_message where kind = 'alert.release'"
                + " and recipients = 'bounced@fund.example'", String.class)).isEqualTo("SUPPRESSED");
    }

    private String subscribeAndConfirm(String email, String... categories) throws Exception {
        subscribe(email, categories);
        String token = confirmToken(email);
        assertThat(Html.of(mvc.get().uri("/alerts/confirm?token=" + token).exchange()).selectFirst("form button"))
                .as("the link shows a button; a GET changes nothing").isNotNull();
        var confirmed = Html.of(mvc.post().uri("/alerts/confirm").with(csrf()).param("token", token).exchange());
        assertThat(confirmed.selectFirst("h1").text()).isEqualTo("You are subscribed");
        return token;
    }

    private void subscribe(String email, String... categories) {
        String formToken = Html.of(mvc.get().uri("/alerts").exchange()).selectFirst("#token").val();
        clock.advance(Duration.ofSeconds(5));
        subscribeWith(formToken, email, categories);
    }

    private void subscribeWith(String formToken, String email, String... categories) {
        var request = mvc.post().uri("/alerts").with(csrf()).param("email", email).param("token", formToken)
                .param("website", "").with(r -> {
                    r.setRemoteAddr("10.9.0." + address.incrementAndGet() % 250);
                    return r;
                });
        for (String category : categories) {
            request.param("categories", category);
        }
        assertThat(request.exchange().getResponse().getRedirectedUrl()).isEqualTo("/alerts/check-your-inbox");
    }

    private String confirmToken(String email) throws Exception {
        var message = awaitMessageTo(email, "Confirm");
        var matcher = CONFIRM.matcher(GreenMailUtil.getBody(message));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private long publish(String title, String category) {
        long categoryId = jdbc.queryForObject("select id from category where slug = ?", Long.class, category);
        var result = mvc.post().uri("/admin/releases").with(user(admin)).with(csrf()).param("title", title)
                .param("categoryId", String.valueOf(categoryId)).param("summary", "Summary of " + title)
                .param("body", "Body").param("action", "publish").exchange();
        String url = result.getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private void republish(long id) {
        var editor = Html.of(mvc.get().uri("/admin/releases/" + id).with(user(admin)).exchange());
        assertThat(mvc.post().uri("/admin/releases/" + id).with(user(admin)).with(csrf())
                .param("title", editor.selectFirst("#title").val()).param("slug", editor.selectFirst("#slug").val())
                .param("categoryId", editor.selectFirst("#categoryId option[selected]").val())
                .param("summary", editor.selectFirst("#summary").text()).param("body", "Body")
                .param("version", editor.selectFirst("#version").val()).param("action", "publish").exchange())
                .hasStatus(302);
    }

    private void post(String path) {
        assertThat(mvc.post().uri(path).with(user(admin)).with(csrf()).exchange()).hasStatus(302);
    }

    /** Every message queued so far has been sent: nothing more will arrive unless something new is queued. */
    private void awaitOutboxDone() {
        // the mail worker's own thread hands the mail to the SMTP server: polled
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from mail_message where status <> 'SENT'", Integer.class) == 0);
    }

    private MimeMessage awaitMessageTo(String email, String subjectPart) {
        // the mail worker's own thread hands the mail to the SMTP server: polled
        await().atMost(Duration.ofSeconds(10)).until(() -> find(email, subjectPart) != null);
        return find(email, subjectPart);
    }

    private MimeMessage find(String email, String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(email) && subject(m).contains(subjectPart))
                .findFirst().orElse(null);
    }

    private long countTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(email)).count();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
