package io.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;

import io.newsroom.Html;
import io.newsroom.NewsroomTest;
import io.newsroom.demo.DemoContent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A Korean-first newsroom ({@code newsroom.language=ko}), as a Korean company sets it up: the plain
 * addresses are Korean and {@code /en/…} is the English site, and the demo content, feeds,
 * sitemap, search, API and the admin follow.
 */
@TestPropertySource(properties = "newsroom.language=ko")
class KoreanFirstNewsroomTest extends NewsroomTest {

    @Autowired
    DemoContent demo;

    @BeforeEach
    void theDemoNewsroom() {
        demo.loadIntoEmptyNewsroom();
    }

    /** The next test class expects the empty newsroom the others leave (an outage test reads page 2 as a 404). */
    @AfterEach
    void emptyAgain() {
        fixtures.clear();
    }

    @Test
    void plainAddressesAreKoreanAndEnglishHasItsPrefix() {
        var home = Html.of(mvc.get().uri("/").exchange());
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("ko");
        assertThat(home.select("article h2").eachText()).contains("메디컬아이피, KHF 이노베이션 어워드 '혁신 대상' 수상");
        assertThat(home.select("article h2 a").eachAttr("href")).allMatch(href -> href.startsWith("/news/"));
        assertThat(home.select(".brand__section").text()).isEqualTo("뉴스룸");

        var english = Html.of(mvc.get().uri("/en/").exchange());
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("article h2 a").eachAttr("href")).isNotEmpty().allMatch(href -> href.startsWith("/en/news/"));
    }

    @Test
    void feedsSitemapSearchAndApiFollow() throws Exception {
        String feed = mvc.get().uri("/feed.atom").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(feed).contains("<title>MEDICAL IP 뉴스룸</title>", "<dc:language>ko</dc:language>", "메디컬아이피")
                .contains("http://localhost:8080/news/");
        String englishFeed = mvc.get().uri("/en/feed.atom").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(englishFeed).contains("<title>MEDICAL IP Newsroom</title>", "http://localhost:8080/en/news/")
                .doesNotContain("메디컬아이피");

        String sitemap = mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(sitemap).contains("<loc>http://localhost:8080/</loc>", "<loc>http://localhost:8080/en/</loc>",
                "<loc>http://localhost:8080/news/medikeolaipi-", "<loc>http://localhost:8080/en/news/gartner-sample-vendor-six-years</loc>");

        var found = Html.of(mvc.get().uri("/search").param("q", "가트너").exchange());
        assertThat(found.select("article h2").eachText()).containsExactly("메디컬아이피, 6년 연속 가트너 '샘플 벤더' 선정");

        String api = mvc.get().uri("/api/v1/releases").param("language", "ko").exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"language\":\"ko\"", "\"url\":\"http://localhost:8080/news/medikeolaipi-")
                .doesNotContain("/ko/news/");
    }

    @Test
    void theAdminSpeaksKoreanAndNewReleasesAreKorean() {
        var page = Html.of(mvc.get().uri("/admin/releases/new").with(user(staff.editor())).exchange());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ko");
        assertThat(page.selectFirst("h1").text()).isEqualTo("새 보도자료");
        assertThat(page.selectFirst("#language option[selected]").val()).isEqualTo("ko");
    }
}
