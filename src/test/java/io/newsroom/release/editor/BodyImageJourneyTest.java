package io.newsroom.release.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import javax.imageio.ImageIO;

import io.newsroom.Browser;
import io.newsroom.NewsroomTest;
import io.newsroom.account.Role;
import io.newsroom.account.staff.StaffFixtures;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Images inside a release's text, in Chromium: uploaded from disk, pasted as a file, or chosen
 * from the media library; each goes through the media library's checks (a file that is no image is
 * refused with the reason), asks for its text alternative at once, offers a caption, and reaches
 * the public page as a figure of a stored image, never as a data: URI.
 */
class BodyImageJourneyTest extends NewsroomTest {

    @LocalServerPort
    int port;

    @Test
    void uploadsPastesAndChoosesImagesWithTheirTextAlternatives() throws IOException {
        Path photo = Files.createTempFile("lab", ".png");
        Files.write(photo, png(Color.BLUE));
        Path notAnImage = Files.createTempFile("notes", ".png");
        Files.writeString(notAnImage, "These are notes, not an image.");
        var publisher = staff.create(Role.PUBLISHER);
        try (var browser = Browser.open(port, 1280, 900)) {
            browser.signIn(publisher.email(), StaffFixtures.PASSWORD);
            browser.visit("/admin/releases/new");
            browser.waitUntilVisible(".visual-editor__content[data-ready]");
            browser.find("#title").sendKeys("A lab with pictures");
            new Select(browser.find("#categoryId")).selectByVisibleText("News");
            browser.find("#summary").sendKeys("Three images in the text.");
            browser.find(".visual-editor__content").click();
            browser.press("Our new lab:");

            browser.find(".visual-editor__tool--image").click();
            browser.waitUntilVisible(".visual-editor__image-dialog");
            browser.find("#image-file").sendKeys(notAnImage.toString());
            browser.find("#image-alt").sendKeys("Notes");
            browser.find("[data-insert]").click();
            waitForText(browser, "#image-problem", "");
            assertThat(browser.find("#image-problem").getText()).as("the media library's own reason")
                    .containsAnyOf("Only JPEG, PNG, WebP and GIF images can be uploaded", "could not be read as an image");
            browser.find("#image-file").sendKeys(photo.toString());
            browser.find("#image-alt").clear();
            browser.find("[data-insert]").click();
            waitForText(browser, "#image-problem", "Describe the image");
            browser.find("#image-alt").sendKeys("The lab building");
            browser.find("#image-caption").sendKeys("The lab in spring");
            browser.assertAccessible();
            browser.find("[data-insert]").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(driver -> browser.all(".visual-editor__content img:not(.ProseMirror-separator)").size() == 1);

            browser.driver().executeScript("var bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));"
                    + " var data = new DataTransfer(); data.items.add(new File([bytes], 'pasted.png', {type: 'image/png'}));"
                    + " document.querySelector('.visual-editor__content').dispatchEvent(new ClipboardEvent('paste',"
                    + " {clipboardData: data, bubbles: true, cancelable: true}));",
                    Base64.getEncoder().encodeToString(png(Color.RED)));
            browser.waitUntilVisible(".visual-editor__image-dialog");
            assertThat(browser.find(".visual-editor__pending").getText()).contains("pasted.png");
            assertThat(browser.focused().getAttribute("id")).as("the text alternative is asked at once").isEqualTo("image-alt");
            browser.press("A pasted diagram");
            browser.find("[data-insert]").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(driver -> browser.all(".visual-editor__content img:not(.ProseMirror-separator)").size() == 2);

            browser.find(".visual-editor__tool--image").click();
            browser.waitUntilVisible(".visual-editor__choice");
            browser.find(".visual-editor__choice").click();
            assertThat(browser.find(".visual-editor__choice").getAttribute("aria-pressed")).isEqualTo("true");
            // the library's own text alternative and caption are offered; this one is written afresh
            browser.find("#image-alt").clear();
            browser.find("#image-caption").clear();
            browser.find("#image-alt").sendKeys("The same lab again");
            browser.find("[data-insert]").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(driver -> browser.all(".visual-editor__content img:not(.ProseMirror-separator)").size() == 3);
            assertThat(browser.find("textarea#body").getAttribute("value"))
                    .contains("![The lab building](/media/").contains("\"The lab in spring\")")
                    .contains("![A pasted diagram](/media/").contains("![The same lab again](/media/")
                    .doesNotContain("data:");

            browser.clickAndWait(browser.find("button[value=publish]"));
            assertThat(browser.find(".notice").getText()).startsWith("Published");
            browser.visit("/news/" + browser.find("#slug").getAttribute("value"));
            var body = Jsoup.parse(browser.driver().getPageSource()).selectFirst(".prose");
            assertThat(body.select("figure img").eachAttr("alt"))
                    .containsExactly("The lab building", "A pasted diagram", "The same lab again");
            assertThat(body.select("figure img").eachAttr("src")).allMatch(src -> src.startsWith("/media/"));
            assertThat(body.select("figcaption").eachText()).containsExactly("The lab in spring");
        }
    }

    private static void waitForText(Browser browser, String css, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> !browser.find(css).getText().isEmpty() && browser.find(css).getText().contains(text));
    }

    private static byte[] png(Color color) throws IOException {
        var image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, 640, 400);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
