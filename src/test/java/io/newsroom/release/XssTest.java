package io.newsroom.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;

import io.newsroom.Html;
import io.newsroom.NewsroomTest;
import io.newsroom.account.Staff;
import io.newsroom.media.TestImages;
import io.newsroom.settings.SettingsFixtures;
import io.newsroom.web.ImportMap;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Script typed into any field staff can fill never runs on any page that shows it: no script
 * element of ours, no event handler, no javascript: address.
 */
class XssTest extends NewsroomTest {

    @Autowired
    SettingsFixtures settings;

    private Staff admin;

    @BeforeEach
    void signedIn() {
        admin = staff.admin();
    }

    @AfterEach
    void defaultSettings() {
        fixtures.clear();
        jdbc.update("delete from release_revision");
        settings.reset();
        jdbc.update("delete from category where slug like 'x-%'");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "'><svg onload=alert(1)>",
            "javascript:alert(1)",
            "</textarea><script>alert(1)</script>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "7x[[${7*7}]] 7x__${7*7}__"})
    void neverRunsScriptTypedIntoAnyField(String payload) {
        var category = mvc.post().uri("/admin/categories").with(user(admin)).with(csrf()).param("name", "x-" + payload)
                .exchange();
        assertThat(category).hasStatus(302);
        long categoryId = jdbc.queryForObject("select id from category where name = ?", Long.class, "x-" + payload);
        var created = mvc.post().uri("/admin/releases").multipart()
                .file(new MockMultipartFile("heroImageFile", payload + ".jpg", "image/jpeg", TestImages.jpeg(600, 300)))
                .with(user(admin)).with(csrf())
                .param("title", "T " + payload).param("slug", "xss").param("categoryId", String.valueOf(categoryId))
                .param("summary", "S " + payload).param("body", "B " + payload + "\n\n[link](" + payload + ")")
                .param("heroImageAlt", "A " + payload).param("action", "publish").exchange();
        assertThat(created).hasStatus(302);
        long id = jdbc.queryForObject("select id from press_release where slug = 'xss'", Long.class);
        assertThat(mvc.post().uri("/admin/settings").with(user(admin)).with(csrf())
                .param("companyName", "C " + payload.substring(0, Math.min(payload.length(), 90)))
                .param("boilerplate", "B " + payload).param("contactName", "N " + payload.substring(0, Math.min(payload.length(), 90)))
                .param("contactEmail", "press@acme.example").param("contactPhone", "+1 555")
                .param("prTeam", "pr@acme.example").param("timeZone", "Asia/Seoul").exchange()).hasStatus(302);

        for (String page : List.of("/", "/news/xss", "/news?category=" + slugOf(categoryId), "/admin/releases",
                "/admin/releases/" + id, "/admin/releases/" + id + "/preview", "/admin/categories", "/admin/media",
                "/admin/settings", "/admin/audit", "/no-such-page")) {
            var document = Html.of(mvc.get().uri(page).with(user(admin)).exchange());
            assertNothingRuns(page, document);
        }
    }

    private String slugOf(long categoryId) {
        return jdbc.queryForObject("select slug from category where id = ?", String.class, categoryId);
    }

    private static void assertNothingRuns(String page, Document document) {
        assertThat(document.select("script").eachAttr("src")).as(page + ": only our own scripts")
                .allMatch(src -> src.startsWith("/assets/js/") || src.startsWith("/webjars/"));
        assertThat(document.select("script:not([src])")).as(page + ": inline, only data").allSatisfy(script -> {
            assertThat(script.attr("type")).isIn("application/ld+json", "importmap");
            assertThat(script.data()).doesNotContainIgnoringCase("</script").doesNotContain("<");
            if (script.attr("type").equals("importmap")) {
                assertThat(script.data()).as("the editor's import map, which the CSP allows by its hash").isEqualTo(ImportMap.JSON);
            }
        });
        assertThat(document.select("svg, iframe, object, embed")).as(page).isEmpty();
        for (Element element : document.getAllElements()) {
            element.attributes().forEach(attribute -> {
                assertThat(attribute.getKey()).as(page + " " + element.tagName()).doesNotStartWithIgnoringCase("on");
                assertThat(attribute.getValue().strip()).as(page).doesNotStartWithIgnoringCase("javascript:");
            });
        }
        assertThat(document.text()).as(page + ": no template evaluated what was typed").doesNotContain("7x49");
    }
}
