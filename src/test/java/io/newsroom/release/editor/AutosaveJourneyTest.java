package io.newsroom.release.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.newsroom.Browser;
import io.newsroom.NewsroomTest;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.staff.StaffFixtures;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Never lose a word, in Chromium: what staff type in a public release is kept on the server a few
 * seconds after they stop, without touching the public page; the tab closes, the editor opens
 * again and the text is back; only saving puts it on the page, after which nothing is offered back.
 */
class AutosaveJourneyTest extends NewsroomTest {

    @LocalServerPort
    int port;

    @Test
    void keepsTypedTextOfAPublicReleaseApartUntilItIsSaved() {
        var release = fixtures.published("a-lab-in-boston", "A lab in Boston", TestClockConfiguration.START.minusSeconds(3600));
        var admin = staff.admin();
        try (var browser = Browser.open(port, 1280, 900)) {
            browser.signIn(admin.email(), StaffFixtures.PASSWORD);
            String editor = "/admin/releases/" + release.getId();
            browser.visit(editor);
            browser.waitUntilVisible(".visual-editor__content[data-ready]");

            browser.find(".visual-editor__content").click();
            browser.press(Keys.END, " Typed and never saved.");
            // the browser keeps the text a few seconds after the last key: it is polled, with a bound
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(driver -> browser.find(".visual-editor__saved").getText().startsWith("Draft kept at"));
            assertThat(publicPage(browser)).doesNotContain("Typed and never saved");

            browser.visit(editor);
            browser.waitUntilVisible(".visual-editor__restored");
            assertThat(browser.find(".visual-editor__restored").getText()).contains("which were not saved, are back");
            assertThat(browser.find(".visual-editor__content").getText()).isEqualTo("Body of A lab in Boston Typed and never saved.");
            assertThat(browser.find("textarea#body").getAttribute("value")).isEqualTo("Body of A lab in Boston Typed and never saved.");
            browser.assertAccessible();
            assertThat(publicPage(browser)).doesNotContain("Typed and never saved");

            browser.visit(editor);
            browser.waitUntilVisible(".visual-editor__restored");
            browser.clickAndWait(browser.find("button[value=save]"));
            assertThat(publicPage(browser)).contains("Typed and never saved");
            browser.visit(editor);
            browser.waitUntilVisible(".visual-editor__content[data-ready]");
            assertThat(browser.find(".visual-editor__restored").isDisplayed()).as("nothing is offered back once saved").isFalse();
        }
    }

    private static String publicPage(Browser browser) {
        browser.visit("/news/a-lab-in-boston");
        return browser.find("main").getText();
    }
}
