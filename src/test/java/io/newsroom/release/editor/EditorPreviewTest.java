package io.newsroom.release.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.newsroom.Browser;
import io.newsroom.NewsroomTest;
import io.newsroom.account.staff.StaffFixtures;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An EDITOR saves a body full of hostile HTML; an ADMIN opens it in the editor and previews it, in
 * a real Chromium. The preview shows what the sanitizer lets through and nothing else.
 */
class EditorPreviewTest extends NewsroomTest {

    /** Each line would act in the admin's browser if the preview rendered raw HTML. */
    private static final String PAYLOADS = String.join("\n\n",
            "<meta http-equiv=\"refresh\" content=\"0;url=/news?phished=1\">",
            "<img src=\"/no-such.png\" onerror=\"document.title='pwned-onerror'\">",
            "<style>body { visibility: hidden }</style>",
            "<base href=\"https://evil.example/\">",
            "<script>document.title = 'pwned-script'</script>",
            "<iframe src=\"/news?framed=1\"></iframe>",
            "<svg onload=\"document.title='pwned-svg'\"></svg>",
            "<form action=\"/news\"><input name=\"password\"></form>",
            "<a href=\"javascript:document.title='pwned-link'\">a javascript link</a>",
            "[a markdown javascript link](javascript:alert(1))",
            "<details open ontoggle=\"document.title='pwned-toggle'\">details</details>",
            "Some **bold words** and a [real link](https://www.medicalip.com).");

    @LocalServerPort
    int port;

    @Test
    void previewsOnlyWhatTheSanitizerLetsThroughInBothPreviewModes() {
        var release = fixtures.savedDraft("hostile-body", "A hostile body");
        jdbc.update("update press_release set body = ? where id = ?", PAYLOADS, release.getId());
        var admin = staff.admin();
        try (var browser = Browser.open(port, 1280, 900)) {
            browser.visit("/admin/login");
            browser.find("#email").sendKeys(admin.email());
            browser.find("#password").sendKeys(StaffFixtures.PASSWORD);
            browser.clickAndWait(browser.find("form.form button[type=submit]"));
            String editor = "/admin/releases/" + release.getId();
            browser.visit(editor);
            browser.waitUntilVisible(".editor-toolbar");

            browser.find(".editor-toolbar button.preview").click();
            assertShowsOnlySanitizedHtml(browser, ".editor-preview-full");
            browser.find(".editor-toolbar button.preview").click();

            browser.find(".editor-toolbar button.side-by-side").click();
            assertShowsOnlySanitizedHtml(browser, ".editor-preview-side");
            browser.screenshot("editor-preview");

            assertThat(browser.path()).as("no refresh or base took the admin away").isEqualTo(editor);
            assertThat(browser.driver().getTitle()).doesNotContain("pwned");
        }
    }

    private static void assertShowsOnlySanitizedHtml(Browser browser, String preview) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.driver().executeScript(
                "return document.querySelector(arguments[0] + ' strong') !== null", preview));
        Object hostile = browser.driver().executeScript("var p = document.querySelector(arguments[0]);"
                + " return p.querySelectorAll('meta, style, base, script, iframe, svg, form, input, details,"
                + " [onerror], [onload], [ontoggle], a[href^=javascript]').length", preview);
        assertThat(hostile).as("hostile elements in " + preview).isEqualTo(0L);
        assertThat(browser.find(preview + " strong").getText()).isEqualTo("bold words");
        assertThat(browser.find(preview + " a[href='https://www.medicalip.com']").getText()).isEqualTo("real link");
        assertThat(browser.driver().executeScript("return document.querySelectorAll('meta[http-equiv], base').length"))
                .as("in the whole document").isEqualTo(0L);
    }
}
