package io.newsroom.release.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import javax.imageio.ImageIO;

import io.newsroom.Browser;
import io.newsroom.NewsroomTest;
import io.newsroom.account.Role;
import io.newsroom.account.staff.StaffFixtures;

import com.sun.net.httpserver.HttpServer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * PR staff paste a release from Word, Google Docs and a web page into the visual editor, in a real
 * Chromium, and publish it: the public page has the document's structure (headings, bold and
 * italic, nested lists, tables, links) and none of its mess (fonts, colours, classes, styles,
 * Word's comments and markup, scripts, frames, unsafe links, images that are not files). The
 * samples in {@code src/test/resources/paste} were written for these tests, in the shape each
 * source puts on the clipboard; they reach the editor through a real paste event.
 */
class PasteJourneyTest extends NewsroomTest {

    @LocalServerPort
    int port;

    @Test
    void keepsTheStructureOfAWordDocumentAndDropsItsMess() {
        try (var browser = signedInPublisher()) {
            var page = pasteAndPublish(browser, "word.html", "A lab in Boston");

            var body = page.selectFirst(".prose");
            assertThat(body.select("h2").eachText()).containsExactly("Newsroom test: a new lab in Boston", "Results");
            assertThat(body.select("strong").eachText()).contains("spring");
            assertThat(body.select("em").eachText()).contains("partner hospitals");
            assertThat(body.select("> ul > li")).hasSize(2);
            assertThat(body.select("> ul > li > ul > li").eachText()).containsExactly("Segmentation models", "Digital twins");
            assertThat(body.select("table th").eachText()).containsExactly("Quarter", "Revenue");
            assertThat(body.select("table td").eachText()).containsExactly("Q3 2026", "4.2 billion won");
            assertThat(body.select("a[href='https://www.medicalip.com/']").eachText()).containsExactly("our site");
            assertNoMess(body);
            assertThat(body.select("img")).as("Word's file:/// copy, without the RTF that carries it: left out").isEmpty();
            assertThat(body.html()).doesNotContain("JK1", "Calibri", "mso", "o:p", "Lab building");
        }
    }

    @Test
    void bringsAGoogleDocsPictureIntoTheMediaLibraryFromItsAddress() throws IOException {
        var site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] png = png(600, 300);
        site.createContext("/docsz/picture", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, png.length);
            exchange.getResponseBody().write(png);
            exchange.close();
        });
        site.start();
        String address = "http://127.0.0.1:" + site.getAddress().getPort() + "/docsz/picture?key=abc";
        try (var browser = signedInPublisher()) {
            browser.visit("/admin/releases/new");
            browser.waitUntilVisible(".visual-editor__content[data-ready]");
            browser.find(".visual-editor__content").click();
            paste(browser, "<meta charset=\"utf-8\"><b style=\"font-weight:normal;\" id=\"docs-internal-guid-1a2b\">"
                    + "<p dir=\"ltr\"><span style=\"font-size:11pt;\">The award ceremony:</span></p>"
                    + "<p dir=\"ltr\"><span style=\"border:none;display:inline-block;overflow:hidden;width:600px;height:300px;\">"
                    + "<img src=\"" + address + "\" width=\"600\" height=\"300\" style=\"margin-left:0px;\"></span></p></b>");

            browser.waitUntilVisible(".visual-editor__image-dialog");
            assertThat(browser.focused().getAttribute("id")).as("its text alternative is asked at once").isEqualTo("image-alt");
            browser.press("The award on stage");
            browser.find("[data-insert]").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver ->
                    browser.find("textarea#body").getAttribute("value").contains("![The award on stage](/media/"));
            assertThat(browser.find("textarea#body").getAttribute("value")).doesNotContain("127.0.0.1", "remote:");
        } finally {
            site.stop(0);
        }
    }

    @Test
    void takesAPasteOfTwoHundredImagesWithoutFreezingKeepingTheFirstFiftyWithAMessage() throws IOException {
        byte[] png = png(8, 8);
        String data = Base64.getEncoder().encodeToString(png);
        try (var browser = signedInPublisher()) {
            browser.visit("/admin/releases/new");
            browser.waitUntilVisible(".visual-editor__content[data-ready]");
            browser.find(".visual-editor__content").click();
            browser.driver().executeScript("var html = ''; for (var i = 0; i < 200; i++) {"
                    + " html += '<p>Picture ' + i + '</p><img alt=\"Picture ' + i + '\" src=\"data:image/png;base64,' + arguments[0] + '\">'; }"
                    + " var data = new DataTransfer(); data.setData('text/html', html);"
                    + " document.querySelector('.visual-editor__content').dispatchEvent(new ClipboardEvent('paste',"
                    + " {clipboardData: data, bubbles: true, cancelable: true}));", data);

            browser.press(" Still typing.");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(driver ->
                    browser.find("textarea#body").getAttribute("value").split("\\(/media/", -1).length == 51);
            assertThat(browser.find(".visual-editor__notice").getText()).startsWith(
                    "This paste holds more than 50 images: the first 50 are kept and the others left out.");
            assertThat(browser.find("textarea#body").getAttribute("value")).contains("Still typing.", "![Picture 49](/media/")
                    .doesNotContain("Picture 50](", "data:");
        }
    }

    @Test
    void keepsTheStructureOfAGoogleDocWithoutItsWrapperOrSpans() {
        try (var browser = signedInPublisher()) {
            var page = pasteAndPublish(browser, "google-docs.html", "An award in Seoul");

            var body = page.selectFirst(".prose");
            assertThat(body.select("h2").eachText()).containsExactly("Newsroom test: an award in Seoul");
            assertThat(body.select("h2 strong")).as("its heading is not bold text").isEmpty();
            assertThat(body.select("strong").eachText()).containsExactly("MEDICAL IP");
            assertThat(body.select("em").eachText()).containsExactly("digital twin");
            assertThat(body.select("> ol > li")).hasSize(2);
            assertThat(body.select("> ol > li > ol > li").eachText()).containsExactly("Clinical value");
            assertThat(body.select("a[href='https://www.khf.example/awards']").eachText()).containsExactly("The award's page");
            assertNoMess(body);
        }
    }

    @Test
    void takesAWebPagesTextButNotItsScriptsFramesOrTraps() {
        try (var browser = signedInPublisher()) {
            var page = pasteAndPublish(browser, "web-page.html", "A partnership");

            var body = page.selectFirst(".prose");
            assertThat(body.select("h3").eachText()).containsExactly("Newsroom test: a partnership");
            assertThat(body.select("strong").eachText()).containsExactly("adopt");
            assertThat(body.select("a").eachText()).containsExactly("their news");
            assertThat(body.text()).contains("this trap", "Coloured words stay as words.", "A quote from the hospital.");
            assertThat(body.select("blockquote").eachText()).containsExactly("A quote from the hospital.");
            assertThat(body.select("table th").eachText()).containsExactly("Hospital", "Beds");
            assertThat(body.select("table td").eachText()).containsExactly("Seoul", "1,200");
            assertThat(body.select("img").eachAttr("alt")).as("its image, uploaded to the library").containsExactly("pixel");
            assertThat(body.select("img").eachAttr("src")).allMatch(src -> src.startsWith("/media/"));
            assertNoMess(body);
            assertThat(browser.driver().getTitle()).doesNotContain("pwned");
        }
    }

    @Test
    void uploadsAPastedImageAndAsksForItsTextAlternativeAtOnce() throws IOException {
        try (var browser = signedInPublisher()) {
            browser.visit("/admin/releases/new");
            browser.waitUntilVisible(".visual-editor__content[data-ready]");
            browser.find(".visual-editor__content").click();
            byte[] png = png(640, 400);
            browser.driver().executeScript("var data = new DataTransfer();"
                    + " data.setData('text/html', '<p>The new wing:</p><img src=\"data:image/png;base64,' + arguments[0] + '\">');"
                    + " document.querySelector('.visual-editor__content').dispatchEvent(new ClipboardEvent('paste',"
                    + " {clipboardData: data, bubbles: true, cancelable: true}));",
                    Base64.getEncoder().encodeToString(png));

            browser.waitUntilVisible(".visual-editor__image-dialog");
            assertThat(browser.focused().getAttribute("id")).as("its text alternative is asked at once").isEqualTo("image-alt");
            assertThat(browser.find("#image-file").isDisplayed()).as("it is uploaded already").isFalse();
            browser.press("The new wing at dusk");
            browser.find("[data-insert]").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver ->
                    browser.find("textarea#body").getAttribute("value").contains("![The new wing at dusk](/media/"));
            assertThat(browser.find("textarea#body").getAttribute("value")).doesNotContain("data:");
        }
    }

    @Test
    void refusesAPasteTooLargeToTakeWithAMessageAndKeepsTheText() {
        try (var browser = signedInPublisher()) {
            browser.visit("/admin/releases/new");
            browser.waitUntilVisible(".visual-editor__content[data-ready]");
            browser.find(".visual-editor__content").click();
            browser.press("Kept as typed.");
            browser.driver().executeScript("var html = '<p>' + 'A very long paste. '.repeat(120000) + '</p>';"
                    + " var data = new DataTransfer(); data.setData('text/html', html); data.setData('text/plain', 'x');"
                    + " document.querySelector('.visual-editor__content').dispatchEvent(new ClipboardEvent('paste',"
                    + " {clipboardData: data, bubbles: true, cancelable: true}));");

            assertThat(browser.find(".visual-editor__notice").getText()).startsWith("This paste is too large");
            assertThat(browser.find("textarea#body").getAttribute("value")).isEqualTo("Kept as typed.");
        }
    }

    private static byte[] png(int width, int height) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static void paste(Browser browser, String html) {
        browser.driver().executeScript("var data = new DataTransfer(); data.setData('text/html', arguments[0]);"
                + " document.querySelector('.visual-editor__content').dispatchEvent(new ClipboardEvent('paste',"
                + " {clipboardData: data, bubbles: true, cancelable: true}));", html);
    }

    private Browser signedInPublisher() {
        var publisher = staff.create(Role.PUBLISHER);
        var browser = Browser.open(port, 1280, 900);
        browser.signIn(publisher.email(), StaffFixtures.PASSWORD);
        return browser;
    }

    /** Pastes a sample into a new release's body, publishes it, and returns its public page. */
    private Document pasteAndPublish(Browser browser, String sample, String title) {
        browser.visit("/admin/releases/new");
        browser.waitUntilVisible(".visual-editor__content[data-ready]");
        browser.find("#title").sendKeys(title);
        new Select(browser.find("#categoryId")).selectByVisibleText("News");
        browser.find("#summary").sendKeys("Pasted from " + sample + ".");
        browser.find(".visual-editor__content").click();
        browser.driver().executeScript("var data = new DataTransfer();"
                + " data.setData('text/html', arguments[0]); data.setData('text/plain', 'plain');"
                + " document.querySelector('.visual-editor__content').dispatchEvent(new ClipboardEvent('paste',"
                + " {clipboardData: data, bubbles: true, cancelable: true}));", read(sample));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> !browser.find("textarea#body").getAttribute("value").isBlank()
                        && browser.all(".visual-editor__content img[src^='data:']").isEmpty());
        browser.screenshot("paste-" + sample.replace(".html", ""));
        browser.clickAndWait(browser.find("button[value=publish]"));
        assertThat(browser.find(".notice").getText()).startsWith("Published");
        String slug = browser.find("#slug").getAttribute("value");
        browser.visit("/news/" + slug);
        return Jsoup.parse(browser.driver().getPageSource());
    }

    private static void assertNoMess(Element body) {
        assertThat(body.children().select("[style], [class], font, span, script, style, iframe, meta, o|p, img[src^=data]"))
                .as("what a paste must not leave").isEmpty();
        assertThat(body.select("a[href^=javascript]")).isEmpty();
        assertThat(body.select("p").eachText()).as("no empty paragraphs").doesNotContain("");
    }

    private static String read(String sample) {
        try {
            return new ClassPathResource("paste/" + sample).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
