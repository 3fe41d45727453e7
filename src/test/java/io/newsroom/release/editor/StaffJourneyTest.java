package io.newsroom.release.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.newsroom.Browser;
import io.newsroom.NewsroomTest;
import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.media.TestImages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A PR staff member in a real Chromium: signs in, writes a release with an image, previews and
 * schedules it, sees it appear at its time, edits it, restores an earlier revision, answers a
 * journalist's inquiry, signs out.
 */
class StaffJourneyTest extends NewsroomTest {

    @LocalServerPort
    int port;

    @BeforeEach
    void emptyNewsroom() {
        jdbc.update("delete from mail_message");
        jdbc.update("delete from inquiry");
    }

    @Test
    void writesSchedulesPublishesRevisesAndSignsOut() throws Exception {
        var editor = staff.editor();
        Path photo = Files.createTempFile("signing", ".jpg");
        Files.write(photo, TestImages.jpeg(1600, 900));
        try (var browser = Browser.open(port, 1280, 900)) {
            // a journalist's question waits in the inbox
            browser.visit("/contact");
            browser.find("#name").sendKeys("Ana Silva");
            browser.find("#email").sendKeys("ana@lisbon.example");
            browser.find("#organization").sendKeys("Lisbon Post");
            browser.find("#message").sendKeys("Can we visit the new lab?");
            browser.find("#consent1").click();
            clock.advance(Duration.ofSeconds(5));
            browser.clickAndWait(browser.find("form.form button[type=submit]"));
            assertThat(browser.path()).startsWith("/contact/thanks");

            browser.visit("/admin");
            assertThat(browser.path()).isEqualTo("/admin/login");
            browser.assertAccessible();
            browser.find("#email").sendKeys(editor.email());
            browser.find("#password").sendKeys(StaffFixtures.PASSWORD);
            browser.clickAndWait(browser.find("form.form button[type=submit]"));
            assertThat(browser.find("h1").getText()).isEqualTo("Releases");

            browser.clickAndWait(browser.find("a[href='/admin/releases/new']"));
            browser.waitUntilVisible(".visual-editor__content[data-ready]");
            browser.find("#title").sendKeys("MEDICAL IP opens a lab in Boston");
            assertThat(browser.find("#slug").getAttribute("value")).isEqualTo("medical-ip-opens-a-lab-in-boston");
            new Select(browser.find("#categoryId")).selectByVisibleText("News");
            browser.find("#summary").sendKeys("A new research lab brings the team closer to partners.");
            // written as on the page: a heading from the toolbar, bold with the keyboard
            browser.find(".visual-editor__content").click();
            browser.find(".visual-editor__tool--heading2").click();
            browser.press("A new lab", Keys.ENTER, "The lab opens in ");
            browser.shortcut(Keys.CONTROL, "b");
            browser.press("spring");
            browser.shortcut(Keys.CONTROL, "b");
            browser.press(".");
            assertThat(browser.find("textarea#body").getAttribute("value"))
                    .isEqualTo("## A new lab\n\nThe lab opens in **spring**.");
            browser.find("#heroImageFile").sendKeys(photo.toString());
            browser.find("#heroImageAlt").sendKeys("The new lab building");
            browser.screenshot("admin-editor");
            browser.assertAccessible();

            browser.clickAndWait(browser.find("button[value=preview]"));
            assertThat(browser.find(".preview-banner").isDisplayed()).isTrue();
            assertThat(browser.find("article h1").getText()).isEqualTo("MEDICAL IP opens a lab in Boston");
            assertThat(browser.find(".prose h2").getText()).isEqualTo("A new lab");
            assertThat(browser.find(".release__hero img").getAttribute("alt")).isEqualTo("The new lab building");
            String editorPath = browser.path().replace("/preview", "");

            browser.visit(editorPath);
            browser.driver().executeScript("document.getElementById('publishAt').value = '2026-06-01T18:00'");
            browser.clickAndWait(browser.find("button[value=schedule]"));
            assertThat(browser.find(".notice").getText()).startsWith("Scheduled.");
            assertThat(browser.find(".editor .status, .page-actions .status").getText()).isEqualTo("Scheduled");

            browser.visit("/");
            assertThat(browser.all("article.release-card")).isEmpty();
            clock.advance(Duration.ofHours(6));
            browser.visit("/");
            assertThat(browser.find("article h2").getText()).isEqualTo("MEDICAL IP opens a lab in Boston");

            browser.visit(editorPath);
            browser.find("#summary").clear();
            browser.find("#summary").sendKeys("An edited summary.");
            browser.clickAndWait(browser.find("button[value=save]"));
            assertThat(browser.find(".notice").getText()).isEqualTo("Saved.");
            var history = browser.all(".revisions li a");
            assertThat(history).hasSizeGreaterThanOrEqualTo(3);

            browser.clickAndWait(history.get(history.size() - 1));
            browser.assertAccessible();
            browser.clickAndWait(browser.find("form button.button"));
            assertThat(browser.find(".notice").getText()).isEqualTo("The revision was restored.");
            assertThat(browser.find("#summary").getAttribute("value"))
                    .isEqualTo("A new research lab brings the team closer to partners.");

            browser.clickAndWait(browser.find(".admin-nav a[href='/admin/inquiries']"));
            browser.assertAccessible();
            browser.clickAndWait(browser.find("tbody tr a"));
            assertThat(browser.find("main").getText()).contains("Ana Silva", "Can we visit the new lab?");
            browser.find("#reply").sendKeys("Yes, any weekday afternoon.");
            browser.clickAndWait(browser.find("form[action$='/reply'] button"));
            assertThat(browser.find(".notice").getText()).startsWith("Reply queued");
            assertThat(browser.find(".page-actions .status").getText()).isEqualTo("Answered");
            browser.assertAccessible();

            browser.clickAndWait(browser.find(".admin-user form[action$='/logout'] button"));
            assertThat(browser.path()).isEqualTo("/admin/login?signed-out");
            browser.visit("/admin/releases/new");
            assertThat(browser.path()).isEqualTo("/admin/login");
        } finally {
            Files.deleteIfExists(photo);
        }
    }
}
