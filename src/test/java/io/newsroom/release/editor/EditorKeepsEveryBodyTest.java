package io.newsroom.release.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.newsroom.Browser;
import io.newsroom.HttpUser;
import io.newsroom.NewsroomTest;
import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.demo.DemoContent;
import io.newsroom.release.Markdown;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Opening a body in the visual editor and saving it changes nothing a reader sees: every demo
 * release (English and Korean), every post of the WordPress import fixture, and bodies written
 * for this test with tables, images, links, nested lists, quotes and breaks go through the editor's
 * own parser and serializer in Chromium, and the server renders the result to the same sanitized
 * HTML as the original. A body the editor cannot show (raw HTML) is left to the Markdown box, as is.
 */
class EditorKeepsEveryBodyTest extends NewsroomTest {

    private static final List<String> WRITTEN = List.of(
            "## Results\n\n| Quarter | Revenue |\n| --- | --- |\n| Q3 2026 | 4.2 billion won |\n| Q4 2026 | *to come* |",
            "The lab, pictured: ![The new lab building](/media/1/lab-800.jpg \"The lab in Boston\") opens in spring.",
            "See [our site](https://www.medicalip.com), <https://www.medicalip.com/en>, [mail us](mailto:pr@medicalip.com)"
                    + " or [call](tel:+82-2-555-0100).",
            "- Research\n  - Segmentation\n  - Digital twins\n- Training\n\n1. First\n2. Second\n   1. Second, a",
            "> A quote from the hospital.\n>\n> — Its director\n\n---\n\nA line  \nbroken by hand.",
            "메디컬아이피는 **3D 해부학** 플랫폼을 선보입니다. *디지털 트윈*과 [홈페이지](https://www.medicalip.com).",
            "Characters that Markdown uses: 5 * 3 = 15, a_b_c, [not a link], `code`, 100% \\* literal.",
            "<p>Raw <b>HTML</b> from an old import</p>");

    @LocalServerPort
    int port;

    @Autowired
    DemoContent demo;

    @Test
    void rendersEveryBodyTheSameAfterTheEditorOpensAndSavesIt() throws IOException {
        demo.loadIntoEmptyNewsroom();
        importTheWordPressFixture();
        var bodies = new ArrayList<>(jdbc.queryForList("select body from press_release order by id", String.class));
        bodies.addAll(WRITTEN);
        assertThat(bodies).hasSizeGreaterThan(35);

        try (var browser = Browser.open(port, 1280, 900)) {
            signIn(browser);
            browser.visit("/admin/releases/new");
            browser.waitUntilVisible(".visual-editor__content[data-ready]");
            @SuppressWarnings("unchecked")
            var saved = (List<String>) browser.driver().executeAsyncScript("var bodies = arguments[0];"
                    + " var done = arguments[arguments.length - 1];"
                    + " import(document.querySelector('script[type=module]').src).then(function (editor) {"
                    + "   done(bodies.map(function (body) {"
                    + "     try { return editor.toMarkdown(editor.fromMarkdown(body)); } catch (e) { return null; } }));"
                    + " }, function (e) { done([String(e)]); });", bodies);

            int shown = 0;
            for (int i = 0; i < bodies.size(); i++) {
                String body = bodies.get(i);
                if (saved.get(i) == null) {
                    assertThat(body).as("only raw HTML keeps a body out of the editor").containsPattern("<[a-zA-Z/][^>]*>");
                    continue;
                }
                shown++;
                assertThat(normalised(Markdown.safeHtmlOf(saved.get(i))))
                        .as("body %d as the page shows it, after the editor:%n%s%n---%n%s", i, body, saved.get(i))
                        .isEqualTo(normalised(Markdown.safeHtmlOf(body)));
            }
            assertThat(shown).as("bodies the editor shows").isGreaterThan(bodies.size() - 5);
        }
    }

    private void importTheWordPressFixture() throws IOException {
        var editor = new HttpUser(port);
        editor.signIn(staff.editor().email(), StaffFixtures.PASSWORD);
        byte[] export;
        try (var in = EditorKeepsEveryBodyTest.class.getResourceAsStream("/wordpress/medicalip-wordpress-6.xml")) {
            export = in.readAllBytes();
        }
        var uploaded = editor.uploadFiles("/admin/import", "/admin/import",
                List.of(new HttpUser.Part("export", "medicalip.xml", "text/xml", export)));
        editor.submit(uploaded.location(), uploaded.location(), Map.of("status", "drafts", "clashes", "rename"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'release.imported'"
                + " and actor not like 'system%'", Integer.class)).as("the fixture's posts came in").isGreaterThan(3);
    }

    private void signIn(Browser browser) {
        browser.signIn(staff.editor().email(), StaffFixtures.PASSWORD);
    }

    /** The same HTML whatever the line breaks and spaces between tags. */
    private static String normalised(String html) {
        var document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(true).indentAmount(0);
        return document.body().html().replaceAll("\\s+", " ").replace("> <", "><").strip();
    }
}
