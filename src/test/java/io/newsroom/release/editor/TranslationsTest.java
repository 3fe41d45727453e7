package io.newsroom.release.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.newsroom.HttpUser;
import io.newsroom.NewsroomTest;
import io.newsroom.account.staff.StaffFixtures;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A release in several languages, as staff make it and visitors see it: a translation is started
 * from the editor, published on its own, offered by the switcher and hreflang only once public, and
 * flagged out of date when the text it came from changes.
 */
class TranslationsTest extends NewsroomTest {

    @LocalServerPort
    int port;

    private HttpUser editor;
    private long english;

    @BeforeEach
    void anEnglishRelease() {
        editor = new HttpUser(port);
        editor.signIn(staff.editor().email(), StaffFixtures.PASSWORD);
        english = fixtures.publishedIn(Locale.ENGLISH, "mou-with-seoul-hospital", "MOU with Seoul Hospital",
                "A partnership for 3D anatomy.", "The two sign a **memorandum**.", Instant.parse("2023-09-15T01:00:00Z")).getId();
    }

    @Test
    void aTranslationStartedInTheEditorIsOfferedToVisitorsOnlyOnceItIsPublic() {
        var started = editor.submit("/admin/releases/" + english, "/admin/releases/" + english + "/translations",
                Map.of("language", "ko"));
        assertThat(started.location()).startsWith("/admin/releases/").isNotEqualTo("/admin/releases/" + english);
        String koreanEditor = started.location();
        var draft = editor.get(koreanEditor).html();
        assertThat(draft.selectFirst("#title").val()).as("the source's text to translate").isEqualTo("MOU with Seoul Hospital");
        assertThat(draft.selectFirst("#slug").val()).isEqualTo("mou-with-seoul-hospital-ko");
        assertThat(draft.select("#translations li").eachText()).anyMatch(t -> t.startsWith("English") && t.contains("Published"))
                .anyMatch(t -> t.startsWith("한국어") && t.contains("this release"));

        assertThat(editor.get(koreanEditor + "/preview").html().selectFirst("html").attr("lang"))
                .as("previewed in its own language").isEqualTo("ko");

        var visitor = new HttpUser(port);
        var englishPage = visitor.get("/news/mou-with-seoul-hospital").html();
        assertThat(englishPage.select(".language-switcher a")).as("the Korean draft is not offered").isEmpty();
        assertThat(englishPage.select("link[hreflang=ko]")).isEmpty();
        assertThat(visitor.get("/ko/news/mou-with-seoul-hospital-ko").status()).isEqualTo(404);

        publish(koreanEditor, "서울병원과 업무 협약 체결", "3D 해부학을 위한 협력입니다.", "두 기관이 **업무 협약**을 맺었습니다.");

        englishPage = visitor.get("/news/mou-with-seoul-hospital").html();
        var koreanPage = visitor.get("/ko/news/mou-with-seoul-hospital-ko").html();
        assertThat(koreanPage.selectFirst("html").attr("lang")).isEqualTo("ko");
        assertThat(koreanPage.selectFirst("h1").text()).isEqualTo("서울병원과 업무 협약 체결");
        assertThat(englishPage.select(".language-switcher a").eachAttr("href")).containsExactly("/ko/news/mou-with-seoul-hospital-ko");
        assertThat(koreanPage.select(".language-switcher a").eachAttr("href")).containsExactly("/news/mou-with-seoul-hospital");
        for (Document page : new Document[] {englishPage, koreanPage}) {
            assertThat(page.select("link[hreflang=en]").attr("href")).endsWith("/news/mou-with-seoul-hospital");
            assertThat(page.select("link[hreflang=ko]").attr("href")).endsWith("/ko/news/mou-with-seoul-hospital-ko");
            assertThat(page.select("link[hreflang=x-default]").attr("href")).endsWith("/news/mou-with-seoul-hospital");
        }
        assertThat(koreanPage.select("meta[property=og:locale:alternate]").eachAttr("content")).containsExactly("en");
        assertThat(koreanPage.select("script[type=application/ld+json]").html()).contains("\"inLanguage\":\"ko\"");

        var sitemap = visitor.get("/sitemap.xml").html();
        assertThat(sitemap.select("url loc").eachText()).filteredOn(loc -> loc.contains("mou-with-seoul-hospital")).hasSize(2);
        for (var url : sitemap.select("url")) {
            if (url.selectFirst("loc").text().contains("mou-with-seoul-hospital")) {
                assertThat(url.select("xhtml|link, link").eachAttr("hreflang")).as(url.selectFirst("loc").text())
                        .containsExactly("en", "ko", "x-default");
            }
        }
    }

    @Test
    void flagsATranslationOutOfDateWhenItsSourceChangesUntilStaffMarkItCurrent() {
        String koreanEditor = editor.submit("/admin/releases/" + english, "/admin/releases/" + english + "/translations",
                Map.of("language", "ko")).location();
        assertThat(editor.get(koreanEditor).html().select("#translations .badge")).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        save("/admin/releases/" + english, "MOU with Seoul Hospital", "A partnership for 3D anatomy, renewed.",
                "The two sign a **memorandum**.", "save");

        var flagged = editor.get(koreanEditor).html();
        assertThat(flagged.select("#translations .badge").eachText()).containsExactly("out of date: its original changed since");
        editor.submit(koreanEditor, koreanEditor + "/translation-current", Map.of());
        assertThat(editor.get(koreanEditor).html().select("#translations .badge")).isEmpty();

        var again = editor.submit("/admin/releases/" + english, "/admin/releases/" + english + "/translations",
                Map.of("language", "ko"));
        assertThat(editor.get(again.location()).html().select(".problem").eachText())
                .containsExactly("This release has a translation in that language already.");
        assertThat(jdbc.queryForObject("select count(*) from press_release where language = 'ko'", Long.class)).isEqualTo(1);
    }

    @Test
    void aKoreanReleaseWrittenInTheEditorGetsAReadableAddressAndIsFoundByAWordWithItsParticle() {
        String title = "메디컬아이피, 3D 해부학 플랫폼 공개 🚀 " + "아주 긴 제목 ".repeat(20) + "مرحبا";
        var form = editor.get("/admin/releases/new").html();
        assertThat(form.select("#language option").eachAttr("value")).containsExactly("en", "ko");
        var fields = new LinkedHashMap<String, String>();
        fields.put("_csrf", form.selectFirst("input[name=_csrf]").val());
        fields.put("language", "ko");
        fields.put("title", title.substring(0, Math.min(title.length(), 200)));
        fields.put("slug", "");
        fields.put("categoryId", form.select("#categoryId option").get(1).val());
        fields.put("summary", "의료진을 위한 3D 해부학 플랫폼입니다.");
        fields.put("body", "메디컬아이피가 해부학을 배우는 새로운 방법을 내놓았습니다. 해부학적 구조를 3D로 봅니다.");
        fields.put("heroImageAlt", "");
        fields.put("action", "publish");
        var saved = editor.post("/admin/releases", fields);
        assertThat(saved.status()).isEqualTo(302);

        String slug = jdbc.queryForObject("select slug from press_release where language = 'ko'", String.class);
        assertThat(slug).as("romanized, readable, no emoji or Arabic").startsWith("medikeolaipi-3d-haebuhak-peulraetpom-gonggae");
        var visitor = new HttpUser(port);
        var page = visitor.get("/ko/news/" + slug);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("article h1").text()).startsWith("메디컬아이피, 3D 해부학 플랫폼 공개 🚀");
        assertThat(page.html().selectFirst("article h1").attr("dir")).isEqualTo("auto");
        assertThat(visitor.get("/ko/search?q=" + java.net.URLEncoder.encode("해부학", java.nio.charset.StandardCharsets.UTF_8))
                .html().select(".release-card__title a").eachAttr("href")).containsExactly("/ko/news/" + slug);
        assertThat(visitor.get("/news/" + slug).status()).isEqualTo(404);
    }

    private void publish(String editorPath, String title, String summary, String body) {
        save(editorPath, title, summary, body, "publish");
    }

    private void save(String editorPath, String title, String summary, String body, String action) {
        var form = editor.get(editorPath).html();
        var fields = new LinkedHashMap<String, String>();
        fields.put("_csrf", form.selectFirst("input[name=_csrf]").val());
        fields.put("version", form.selectFirst("#version").val());
        fields.put("title", title);
        fields.put("slug", form.selectFirst("#slug").val());
        fields.put("categoryId", form.selectFirst("#categoryId option[selected]").val());
        fields.put("summary", summary);
        fields.put("body", body);
        fields.put("heroImageAlt", "");
        fields.put("action", action);
        var saved = editor.post(editorPath, fields);
        assertThat(saved.status()).as(() -> saved.html().select(".field__error, .problem").eachText().toString()).isEqualTo(302);
    }
}
