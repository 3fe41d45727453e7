package io.newsroom.release.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.newsroom.Browser;
import io.newsroom.NewsroomTest;
import io.newsroom.account.staff.StaffFixtures;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The visual editor without a mouse, in Chromium: the toolbar is one Tab stop with the arrow keys
 * inside it, announces its states, and a link and a table go in from the keyboard alone. An
 * address the page would not link is refused in the dialog, with the reason.
 */
class EditorKeyboardTest extends NewsroomTest {

    @LocalServerPort
    int port;

    @Test
    void insertsALinkAndATableFromTheKeyboardAlone() {
        var editor = staff.editor();
        try (var browser = Browser.open(port, 1280, 900)) {
            browser.signIn(editor.email(), StaffFixtures.PASSWORD);
            browser.visit("/admin/releases/new");
            browser.waitUntilVisible(".visual-editor__content[data-ready]");

            browser.find("#summary").click();
            browser.press(Keys.TAB);
            assertThat(browser.focused().getText()).isEqualTo("Text");
            assertThat(browser.focused().getAttribute("aria-pressed")).isEqualTo("true");
            browser.press(Keys.END);
            assertThat(browser.focused().getText()).isEqualTo("Redo");
            browser.press(Keys.HOME, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
            assertThat(browser.focused().getText()).isEqualTo("Link");

            browser.press(Keys.ENTER);
            assertThat(browser.focused().getAttribute("id")).isEqualTo("link-address");
            browser.press("javascript:alert(1)", Keys.ENTER);
            assertThat(browser.find("#link-address-problem").getText()).startsWith("This address cannot be linked");
            assertThat(browser.focused().getAttribute("aria-invalid")).isEqualTo("true");
            browser.assertAccessible();
            browser.shortcut(Keys.CONTROL, "a");
            browser.press("https://www.medicalip.com", Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(2)).until(driver ->
                    browser.focused().getAttribute("class").contains("visual-editor__content"));

            browser.press(Keys.END, Keys.ENTER);
            browser.shortcut(Keys.SHIFT, Keys.TAB);
            assertThat(browser.focused().getText()).isEqualTo("Markdown");
            browser.shortcut(Keys.SHIFT, Keys.TAB);
            assertThat(browser.focused().getText()).isEqualTo("Link");
            for (int i = 0; i < 20 && !browser.focused().getText().equals("Table"); i++) {
                browser.press(Keys.ARROW_RIGHT);
            }
            assertThat(browser.focused().getText()).isEqualTo("Table");
            browser.press(Keys.ENTER);
            browser.press("Quarter", Keys.TAB, "Revenue", Keys.TAB, "", Keys.TAB, "Q3 2026", Keys.TAB, "4.2 billion won");

            assertThat(browser.find("textarea#body").getAttribute("value")).isEqualTo("""
                    <https://www.medicalip.com>

                    | Quarter | Revenue |   |
                    | --- | --- | --- |
                    | Q3 2026 | 4.2 billion won |   |
                    |   |   |   |""");
            browser.assertAccessible();
        }
    }
}
