package io.newsroom.release.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroom.Browser;
import io.newsroom.NewsroomTest;
import io.newsroom.account.staff.StaffFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An EDITOR saves a body full of hostile HTML; an ADMIN opens it in the editor, in a real Chromium.
 * The visual editor never renders raw HTML: such a body stays, word for word, in the Markdown box
 * with a notice, and nothing in it acts. A body of plain Markdown is shown as the page will look,
 * without what the page would not link.
 */
class VisualEditorSafetyTest extends NewsroomTest {

    /** Each line would act in the admin's browser if the editor rendered raw HTML. */
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
            "<details open ontoggle=\"document.title='pwned-toggle'\">details</details>",
            "Some **bold words** and a [real link](https://www.medicalip.com).");

    @LocalServerPort
    int port;

    @Test
    void keepsABodyWithRawHtmlInTheMarkdownBoxWhereNothingOfItActs() {
        var release = fixtures.savedDraft("hostile-body", "A hostile body");
        jdbc.update("update press_release set body = ? where id = ?", PAYLOADS, release.getId());
        try (var browser = signedInAdmin()) {
            String editor = "/admin/releases/" + release.getId();
            browser.visit(editor);
            browser.waitUntilVisible(".visual-editor__notice");

            assertThat(browser.find(".visual-editor__notice").getText()).contains("stays in Markdown below");
            assertThat(browser.find("textarea#body").isDisplayed()).isTrue();
            assertThat(browser.find("textarea#body").getAttribute("value")).isEqualTo(PAYLOADS);
            assertNothingHostile(browser);
            assertThat(browser.path()).as("no refresh or base took the admin away").isEqualTo(editor);
            assertThat(browser.driver().getTitle()).doesNotContain("pwned");
        }
    }

    @Test
    void showsMarkdownAsThePageWillButNoJavascriptLink() {
        var release = fixtures.savedDraft("markdown-body", "A Markdown body");
        jdbc.update("update press_release set body = ? where id = ?", "Some **bold words** and a"
                + " [real link](https://www.medicalip.com) and [a javascript link](javascript:alert(1)).", release.getId());
        try (var browser = signedInAdmin()) {
            browser.visit("/admin/releases/" + release.getId());
            browser.waitUntilVisible(".visual-editor__content[data-ready]");

            assertThat(browser.find(".visual-editor__content strong").getText()).isEqualTo("bold words");
            assertThat(browser.find(".visual-editor__content a[href='https://www.medicalip.com']").getText())
                    .isEqualTo("real link");
            assertNothingHostile(browser);
            browser.screenshot("visual-editor");
        }
    }

    private Browser signedInAdmin() {
        var admin = staff.admin();
        var browser = Browser.open(port, 1280, 900);
        browser.signIn(admin.email(), StaffFixtures.PASSWORD);
        return browser;
    }

    private static void assertNothingHostile(Browser browser) {
        Object hostile = browser.driver().executeScript("return document.querySelectorAll('main meta, main style,"
                + " main base, main script, main iframe, main svg, main details, [onerror], [onload], [ontoggle],"
                + " a[href^=javascript]').length");
        assertThat(hostile).as("hostile elements on the page").isEqualTo(0L);
        assertThat(browser.driver().executeScript("return document.querySelectorAll('meta[http-equiv], base').length"))
                .as("in the whole document").isEqualTo(0L);
    }
}
