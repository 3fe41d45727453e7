package io.newsroom.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import javax.xml.parsers.DocumentBuilderFactory;

import io.newsroom.Html;
import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.TestClockConfiguration;
import io.newsroom.release.model.ReleaseFixtures;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import tools.jackson.databind.json.JsonMapper;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.xml.sax.InputSource;

/** Feeds, sitemap, robots.txt and link previews: valid, and only ever about public releases. */
@IntegrationTest
class DiscoveryTest {

    private static final Instant NOW = TestClockConfiguration.START;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void someReleases() {
        clock.set(NOW);
        fixtures.clear();
        fixtures.published("an-award", "An award & <more>", "award", NOW.minus(Duration.ofDays(2)));
        fixtures.published("an-mou", "An MOU", "mou", NOW.minus(Duration.ofDays(1)));
        fixtures.savedDraft("a-draft", "A draft");
        fixtures.scheduled("tomorrow", "Tomorrow", NOW.plus(Duration.ofDays(1)));
        fixtures.trashed("binned", "Binned", NOW.minus(Duration.ofDays(3)));
    }

    @Test
    void publishesValidAtomAndRssWithOnlyPublicReleases() throws Exception {
        for (String feed : new String[] {"/feed.atom", "/feed.rss"}) {
            var parsed = new SyndFeedInput().build(new StringReader(body(feed)));

            assertThat(parsed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("An MOU", "An award & <more>");
            assertThat(parsed.getEntries().get(0).getLink()).isEqualTo("http://localhost:8080/news/an-mou");
            assertThat(parsed.getTitle()).isEqualTo("MEDICAL IP Newsroom");
        }
        assertThat(new SyndFeedInput().build(new StringReader(body("/feed.atom"))).getFeedType()).isEqualTo("atom_1.0");
        assertThat(new SyndFeedInput().build(new StringReader(body("/feed.rss"))).getFeedType()).isEqualTo("rss_2.0");
    }

    @Test
    void offersAFeedPerCategory() throws Exception {
        var awards = new SyndFeedInput().build(new StringReader(body("/feed.atom?category=award")));

        assertThat(awards.getEntries()).extracting(SyndEntry::getTitle).containsExactly("An award & <more>");
        assertThat(mvc.get().uri("/feed.rss?category=no-such").exchange()).hasStatus(404);
    }

    @Test
    void listsTheHomeCategoriesAndPublicReleasesInTheSitemap() throws Exception {
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(body("/sitemap.xml"))));

        var text = xml.getDocumentElement().getTextContent();
        assertThat(text).contains("http://localhost:8080/news/an-mou", "http://localhost:8080/news/an-award",
                "http://localhost:8080/news?category=award").doesNotContain("a-draft", "tomorrow", "binned");
        assertThat(xml.getElementsByTagName("lastmod").getLength()).isEqualTo(2);
        assertThat(body("/robots.txt")).contains("Disallow: /admin", "Sitemap: http://localhost:8080/sitemap.xml");
    }

    @Test
    void describesEveryPageForLinkPreviewsAndFeedReaders() {
        var release = Html.of(mvc.get().uri("/news/an-mou").exchange());
        var home = Html.of(mvc.get().uri("/").exchange());

        assertThat(release.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/news/an-mou");
        assertThat(release.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("An MOU");
        assertThat(release.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(release.selectFirst("meta[property=og:description]").attr("content")).isEqualTo("Summary of An MOU");
        assertThat(home.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("website");
        for (Document page : new Document[] {release, home}) {
            assertThat(page.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("/feed.atom");
            assertThat(page.select("link[rel=alternate][type=application/rss+xml]").attr("href")).isEqualTo("/feed.rss");
        }
    }

    @Test
    void describesAReleaseAsANewsArticleAndTheNewsroomAsAnOrganization() throws Exception {
        var release = Html.of(mvc.get().uri("/news/an-award").exchange());
        var home = Html.of(mvc.get().uri("/").exchange());

        var article = JSON.readTree(release.selectFirst("script[type=application/ld+json]").data());
        assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(article.get("headline").asString()).isEqualTo("An award & <more>");
        assertThat(article.get("description").asString()).isEqualTo("Summary of An award & <more>");
        assertThat(Instant.parse(article.get("datePublished").asString())).isEqualTo(NOW.minus(Duration.ofDays(2)));
        assertThat(article.get("dateModified").asString()).isNotBlank();
        assertThat(article.get("publisher").get("@type").asString()).isEqualTo("Organization");
        assertThat(article.get("publisher").get("name").asString()).isEqualTo("MEDICAL IP");
        assertThat(release.selectFirst("script[type=application/ld+json]").data()).doesNotContain("<more>");
        var organization = JSON.readTree(home.selectFirst("script[type=application/ld+json]").data());
        assertThat(organization.get("@type").asString()).isEqualTo("Organization");
        assertThat(organization.get("url").asString()).isEqualTo("https://www.medicalip.com");
    }

    @Test
    void offersEachReleaseAsAPdfWithItsTitle() throws Exception {
        var result = mvc.get().uri("/news/an-mou.pdf").exchange();

        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        try (var pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("An MOU", "Body of An MOU", "About MEDICAL IP", "http://localhost:8080/news/an-mou");
        }
        assertThat(mvc.get().uri("/news/a-draft.pdf").exchange()).hasStatus(404);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String body(String uri) {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
