package io.newsroom.release.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.newsroom.Browser;
import io.newsroom.NewsroomTest;
import io.newsroom.account.staff.StaffFixtures;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hangul typed through an input method, in Chromium: each syllable is composed (ㅎ, 하, 한) before
 * it is committed, as a Korean keyboard does, driven through the browser's own input-method
 * events (DevTools' Input.imeSetComposition and Input.insertText). The saved text is what was
 * composed: no doubled or lost syllables, also around a toolbar action.
 */
class KoreanInputTest extends NewsroomTest {

    @LocalServerPort
    int port;

    @Test
    void savesExactlyTheSyllablesComposed() {
        var editor = staff.editor();
        try (var browser = Browser.open(port, 1280, 900)) {
            browser.signIn(editor.email(), StaffFixtures.PASSWORD);
            browser.visit("/admin/releases/new");
            browser.waitUntilVisible(".visual-editor__content[data-ready]");
            browser.find(".visual-editor__content").click();

            compose(browser, "ㅎ", "하", "한");
            compose(browser, "ㄱ", "구", "국");
            browser.press(" ");
            browser.shortcut(Keys.CONTROL, "b");
            compose(browser, "ㅇ", "여", "연");
            compose(browser, "ㄱ", "구");
            compose(browser, "ㅅ", "소");
            browser.shortcut(Keys.CONTROL, "b");
            browser.press(" ");
            compose(browser, "ㄱ", "개");
            compose(browser, "ㅅ", "소");

            assertThat(browser.find("textarea#body").getAttribute("value")).isEqualTo("한국 **연구소** 개소");
            assertThat(browser.find(".visual-editor__content").getText()).isEqualTo("한국 연구소 개소");
        }
    }

    /** One syllable: each step of its composition, then the syllable committed. */
    private static void compose(Browser browser, String... steps) {
        for (String step : steps) {
            browser.driver().executeCdpCommand("Input.imeSetComposition",
                    Map.of("text", step, "selectionStart", step.length(), "selectionEnd", step.length()));
        }
        browser.driver().executeCdpCommand("Input.insertText", Map.of("text", steps[steps.length - 1]));
    }
}
