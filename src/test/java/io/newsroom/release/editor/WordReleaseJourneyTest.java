package io.newsroom.release.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.newsroom.Browser;
import io.newsroom.NewsroomTest;
import io.newsroom.account.Role;
import io.newsroom.account.staff.StaffFixtures;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The day the editor is built for, in Chromium: a PR person pastes a release from Word (desktop)
 * with a nested list, a table and two pictures, describes the picture that has no text
 * alternative, fixes a typo, closes the tab by accident at once, comes back and publishes. The
 * public page has the Word document's structure, its two pictures from the media library, the typo
 * fixed, and nothing else. Word gives its pictures only in the clipboard's RTF (the HTML points at
 * files on the author's computer): the sample pair in {@code src/test/resources/paste} is in that
 * shape, written for this test.
 */
class WordReleaseJourneyTest extends NewsroomTest {

    @LocalServerPort
    int port;

    @Test
    void aWordReleaseWithANestedListATableAndTwoPicturesSurvivesAClosedTabAndIsPublishedAsWritten() {
        var release = fixtures.savedDraft("a-lab-in-boston", "A lab in Boston");
        var publisher = staff.create(Role.PUBLISHER);
        try (var browser = Browser.open(port, 1280, 900)) {
            browser.signIn(publisher.email(), StaffFixtures.PASSWORD);
            String first = browser.driver().getWindowHandle();
            String editor = "/admin/releases/" + release.getId();

            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.visit(editor);
            browser.waitUntilVisible(".visual-editor__content[data-ready]");
            browser.find(".visual-editor__content").click();
            browser.shortcut(Keys.CONTROL, "a");
            browser.driver().executeScript("var data = new DataTransfer();"
                    + " data.setData('text/html', arguments[0]); data.setData('text/rtf', arguments[1]);"
                    + " data.setData('text/plain', 'Newsroom test: a new lab in Boston');"
                    + " document.querySelector('.visual-editor__content').dispatchEvent(new ClipboardEvent('paste',"
                    + " {clipboardData: data, bubbles: true, cancelable: true}));",
                    read("word-release.html"), read("word-release.rtf"));

            // both pictures go through the library; the one Word had no description for is asked about
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(driver -> browser.find(".visual-editor__image-dialog").isDisplayed());
            assertThat(browser.focused().getAttribute("id")).isEqualTo("image-alt");
            browser.assertAccessible();
            browser.press("Researchers at work in the lab");
            browser.find("[data-insert]").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver ->
                    body(browser).contains("![Researchers at work in the lab](/media/")
                            && !browser.find(".visual-editor__image-dialog").isDisplayed()
                            && "true".equals(browser.focused().getAttribute("contenteditable")));
            assertThat(body(browser)).contains("![The Boston lab at night](/media/", "![Researchers at work in the lab](/media/")
                    .doesNotContain("file:", "data:");
            browser.assertAccessible();

            // the typo, then the tab is closed at once: no time for the autosave's few seconds to pass
            // the misspelt word is double-clicked and typed again, as one fixes a typo
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver -> (Boolean) browser.driver().executeScript(
                    "return Array.from(document.querySelectorAll('.visual-editor__content img')).every(img => img.complete)"));
            @SuppressWarnings("unchecked")
            var word = (java.util.Map<String, Number>) browser.driver().executeScript("var text = document.querySelector("
                    + "'.visual-editor__content > p:last-child').firstChild; text.parentNode.scrollIntoView({block: 'center'});"
                    + " var range = document.createRange();"
                    + " range.setStart(text, text.data.indexOf('Octobr')); range.setEnd(text, text.data.length);"
                    + " var box = range.getBoundingClientRect(); return {x: box.x + box.width / 2, y: box.y + box.height / 2};");
            new Actions(browser.driver()).moveToLocation(word.get("x").intValue(), word.get("y").intValue()).doubleClick().perform();
            browser.press("October.");
            assertThat(body(browser)).endsWith("The lab opens to visitors in October.");
            browser.driver().close();
            browser.driver().switchTo().window(first);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage(() -> "kept: " + jdbc.queryForList(
                    "select body from release_autosave", String.class)).until(driver -> jdbc.queryForObject(
                    "select count(*) from release_autosave where body like '%in October.'", Long.class) == 1);

            browser.visit(editor);
            browser.waitUntilVisible(".visual-editor__restored");
            assertThat(browser.find(".visual-editor__content").getText()).contains("The lab opens to visitors in October.");
            browser.clickAndWait(browser.find("button[value=publish]"));
            assertThat(browser.find(".notice").getText()).startsWith("Published");

            browser.visit("/news/a-lab-in-boston");
            var body = Jsoup.parse(browser.driver().getPageSource()).selectFirst(".prose");
            assertStructure(body);
        }
    }

    private static void assertStructure(Element body) {
        assertThat(body.children().stream().map(Element::tagName).toList())
                .as("the Word document's blocks, in order, and nothing else")
                .containsExactly("h2", "p", "ul", "h3", "table", "figure", "figure", "p");
        assertThat(body.select("h2").text()).isEqualTo("Newsroom test: a new lab in Boston");
        assertThat(body.select("p strong").eachText()).containsExactly("three partner hospitals");
        assertThat(body.select("em").eachText()).containsExactly("twelve");
        assertThat(body.select("> ul > li").size()).isEqualTo(2);
        assertThat(body.select("> ul > li > ul > li").eachText()).containsExactly("Segmentation of CT scans", "Anatomy in 3D");
        assertThat(body.select("table th").eachText()).containsExactly("Year", "Researchers");
        assertThat(body.select("table td").eachText()).containsExactly("2026", "12", "2027", "30");
        assertThat(body.select("figure img").eachAttr("alt")).containsExactly("The Boston lab at night", "Researchers at work in the lab");
        assertThat(body.select("figure img").eachAttr("src")).allMatch(src -> src.startsWith("/media/"));
        assertThat(body.children().last().text()).isEqualTo("The lab opens to visitors in October.");
        assertThat(body.children().select("[style], [class], span, font")).as("none of Word's mess").isEmpty();
        assertThat(body.html()).doesNotContain("mso", "Calibri", "file:", "o:p", "Octobr ");
    }

    private static String body(Browser browser) {
        return browser.find("textarea#body").getAttribute("value");
    }

    private static String read(String sample) {
        try {
            return new ClassPathResource("paste/" + sample).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
