package io.newsroom.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import io.newsroom.Browser;
import io.newsroom.IntegrationTest;
import io.newsroom.MailText;
import io.newsroom.NewsroomTest;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.staff.StaffFixtures;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The "done when", in Chromium with axe on every page: a PR person imports their media
 * list from a spreadsheet, schedules tomorrow's embargoed release for the Korean and the English
 * journalists at the lift time, and the next morning sees who got it and who clicked.
 */
class DistributionJourneyTest extends NewsroomTest {

    private static final Pattern TRACKED = Pattern.compile("http://localhost:8080(/mail/c/[^\"\\s]+)");

    @LocalServerPort
    int port;

    @TempDir
    Path folder;

    private GreenMail smtp;

    @BeforeEach
    void start() {
        for (String table : new String[] {"mail_message", "mail_suppression", "campaign", "contact", "contact_list"}) {
            jdbc.update("delete from " + table);
        }
        smtp = new GreenMail(new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void importsTheMediaListSendsTheEmbargoedReleaseAtTheLiftAndReadsTheResults() throws Exception {
        var lift = TestClockConfiguration.START.plus(Duration.ofDays(1));
        var english = fixtures.publishedIn(Locale.ENGLISH, "mou-seoul-hospital", "MOU with Seoul Hospital",
                "A partnership for 3D anatomy.", "The two sign a memorandum.", lift);
        fixtures.translationOf(english, Locale.KOREAN, "mou-seoul-hospital-ko", "서울병원과 업무 협약", "3D 해부학 협력",
                "두 기관이 협약을 맺었습니다.", lift);
        Path sheet = folder.resolve("media-list.csv");
        Files.writeString(sheet, "\uFEFFEmail,Name,Outlet,Language\r\njane@herald.example,Jane Doe,Korea Herald,English\r\n"
                + "minsu@ilbo.example,김민수,한국일보,한국어\r\nbroken-address,Nobody,,\r\n", StandardCharsets.UTF_8);

        try (var browser = Browser.open(port, 1280, 900)) {
            browser.signIn(staff.admin().email(), StaffFixtures.PASSWORD);
            browser.visit("/admin/contacts");
            browser.assertAccessible();
            browser.clickAndWait(browser.find("a[href='/admin/contacts/import']"));
            browser.find("#file").sendKeys(sheet.toString());
            browser.clickAndWait(browser.find("main form button[type=submit]"));
            assertThat(browser.find(".import-summary").getText()).contains("New contacts: 2", "Rows that cannot be imported: 1.");
            assertThat(browser.find("main").getText()).contains("“broken-address” is not an email address.");
            browser.assertAccessible();
            browser.find("#newList").sendKeys("Health desk");
            browser.clickAndWait(browser.find("button[value=import]"));
            assertThat(browser.find(".admin-notices").getText()).contains("Imported. New contacts: 2;");
            assertThat(browser.all("tbody tr")).hasSize(2);

            browser.visit("/admin/releases/" + english.getId());
            browser.clickAndWait(browser.find("a[href='/admin/campaigns/new?release=" + english.getId() + "']"));
            browser.assertAccessible();
            browser.find("#note").sendKeys("Dear {{first_name|colleague}}, ahead of tomorrow.");
            browser.find("input[name=listIds]").click();
            browser.clickAndWait(browser.find("main form button[type=submit]"));
            assertThat(browser.find(".notice").getText()).isNotBlank();
            assertThat(browser.find("main").getText()).contains("under embargo until");
            browser.assertAccessible();
            assertThat(browser.find("input[name=when][value=at]").isSelected()).as("the lift time is offered").isTrue();
            browser.clickAndWait(browser.find("form[action$='/send'] button[type=submit]"));
            assertThat(browser.find(".status").getText()).isEqualTo("Scheduled");
            assertThat(smtp.getReceivedMessages()).as("nothing before the lift").isEmpty();

            clock.set(lift.plusSeconds(5));
            await().atMost(Duration.ofSeconds(15)).until(() -> smtp.getReceivedMessages().length == 2);
            MimeMessage jane = to("jane@herald.example");
            MimeMessage minsu = to("minsu@ilbo.example");
            assertThat(jane.getSubject()).isEqualTo("MOU with Seoul Hospital");
            assertThat(MailText.of(minsu)).contains("서울병원과 업무 협약").contains("Dear 김민수");
            var tracked = TRACKED.matcher(MailText.of(jane));
            assertThat(tracked.find()).isTrue();

            // the next morning Jane has clicked
            clock.set(lift.plus(Duration.ofHours(18)));
            var click = mvc.get().uri(tracked.group(1).replace("&amp;", "&")).exchange();
            assertThat(click).hasStatus(302);
            assertThat(click.getResponse().getHeader("Location")).endsWith("/news/mou-seoul-hospital");

            browser.visit("/admin/campaigns");
            browser.clickAndWait(browser.find("tbody a"));
            assertThat(browser.find(".figures").getText()).contains("Recipients 2", "Sent 2", "Bounced 0",
                    "Clicked 1 recipients, 1 clicks");
            assertThat(browser.all("tbody tr").stream().map(r -> r.getText()).toList())
                    .anyMatch(row -> row.contains("jane@herald.example") && row.contains("Clicked 1 times"))
                    .anyMatch(row -> row.contains("minsu@ilbo.example") && row.contains("Sent"));
            browser.assertAccessible();
            browser.visit("/admin/releases/" + english.getId() + "/analytics");
            assertThat(browser.find("#mailings").getText()).isEqualTo("Sent to journalists");
            browser.assertAccessible();
        }
    }

    private MimeMessage to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
    }
}
