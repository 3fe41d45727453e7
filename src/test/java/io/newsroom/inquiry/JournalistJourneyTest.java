package io.newsroom.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.newsroom.formguard.FormRateLimit;
import io.newsroom.Browser;
import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.TestClockConfiguration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A journalist asks about a release from its page, in a real Chromium, and gets mail. */
@IntegrationTest
class JournalistJourneyTest {

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
    void aPublishedRelease() {
        clock.set(TestClockConfiguration.START);
        rateLimit.forgetAll();
        jdbc.update("delete from mail_message");
        jdbc.update("delete from inquiry");
        jdbc.update("delete from press_release where slug = 'journey-release'");
        long category = jdbc.queryForObject("select id from category where slug = 'award'", Long.class);
        var yesterday = Timestamp.from(TestClockConfiguration.START.minus(Duration.ofDays(1)));
        jdbc.update("insert into press_release (slug, language, title, summary, body, category_id, status, published_at,"
                + " created_at, updated_at) values ('journey-release', 'en', 'An award for the journey', 'Summary',"
                + " 'Body', ?, 'PUBLISHED', ?, ?, ?)", category, yesterday, yesterday, yesterday);
        smtp = new GreenMail(new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void cleanUp() {
        smtp.stop();
        jdbc.update("delete from inquiry");
        jdbc.update("delete from press_release where slug = 'journey-release'");
    }

    @Test
    void asksAboutAReleaseFixesAMistakeAndGetsAReference() {
        try (var browser = Browser.open(port, 1280, 900)) {
            browser.visit("/news/journey-release");
            browser.clickAndWait(browser.find(".ask a"));
            assertThat(browser.find(".release-ref").getText()).contains("An award for the journey");
            browser.find("#name").sendKeys("Jiwoo Kim");
            browser.find("#email").sendKeys("jiwoo at press");
            browser.find("#organization").sendKeys("Korea Daily");
            browser.find("#message").sendKeys("When was the award given?");
            browser.find("#consent1").click();
            browser.screenshot("contact");
            browser.assertAccessible();
            clock.advance(Duration.ofSeconds(5));

            browser.clickAndWait(browser.find("form.form button[type=submit]"));

            assertThat(browser.find("#email-error").getText()).isNotBlank();
            assertThat(browser.find("#email").getAttribute("aria-describedby")).contains("email-error");
            assertThat(browser.find("#message").getAttribute("value")).isEqualTo("When was the award given?");
            assertThat(browser.find(".release-ref").getText()).contains("An award for the journey");
            browser.assertAccessible();

            browser.find("#email").clear();
            browser.find("#email").sendKeys("jiwoo@press.example");
            browser.find("#consent1").click();
            clock.advance(Duration.ofSeconds(5));
            if (!browser.find("#consent1").isSelected()) {
                browser.find("#consent1").click();
            }
            browser.clickAndWait(browser.find("form.form button[type=submit]"));

            assertThat(browser.path()).startsWith("/contact/thanks?ref=INQ-2026-");
            String reference = browser.find(".reference").getText();
            browser.assertAccessible();
            browser.driver().navigate().refresh();
            assertThat(jdbc.queryForObject("select count(*) from inquiry", Integer.class)).isEqualTo(1);
            assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
            // a message another test queued may still arrive here: this inquiry's two are what count
            assertThat(smtp.getReceivedMessages()).extracting(message -> {
                try {
                    return message.getSubject();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).filteredOn(subject -> subject.contains(reference)).hasSize(2)
                    .anyMatch(subject -> subject.startsWith("MEDICAL IP PR: we received your question"))
                    .anyMatch(subject -> subject.contains("Question from Jiwoo Kim"));
        }
    }
}
