package io.newsroom.release.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.newsroom.Html;
import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.TestClockConfiguration;
import io.newsroom.release.Markdown;
import io.newsroom.release.Slug;
import io.newsroom.release.model.PressReleases;
import io.newsroom.release.model.ReleaseFixtures;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Searching public releases: ranking and snippets on PostgreSQL, plain words on H2, never an error. */
@IntegrationTest
class SearchTest {

    private static final Instant NOW = TestClockConfiguration.START;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PressReleases releases;

    @BeforeEach
    void releases() {
        clock.set(NOW);
        fixtures.clear();
        publish("body-match", "Quarterly update", "Our <b>digital twin</b> platform grew.", NOW.minus(Duration.ofDays(1)));
        publish("title-match", "Digital twin of the heart", "A new model.", NOW.minus(Duration.ofDays(30)));
        publish("other", "A partnership in Boston", "Nothing about twins here.", NOW.minus(Duration.ofDays(2)));
        fixtures.savedDraft("secret-draft", "Digital twin secret draft");
        fixtures.scheduled("secret-future", "Digital twin future", NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void findsAReleaseByAWordFromItsBodyButNeverAHiddenOne() {
        var page = search("platform");

        assertThat(titles(page)).containsExactly("Quarterly update");
        assertThat(titles(search("digital twin"))).doesNotContain("Digital twin secret draft", "Digital twin future");
    }

    @Test
    void neitherFindsNorQuotesTextThatThePageHides() {
        fixtures.publishedIn(Locale.ENGLISH, "hidden-text", "Hidden text", "A summary", String.join("\n\n",
                "Visible anatomy words.", "<!-- secretcomment -->", "<script>secretscript()</script>",
                "<style>.secretstyle {}</style>"), NOW.minus(Duration.ofDays(3)));

        assertThat(titles(search("secretcomment"))).isEmpty();
        assertThat(titles(search("secretscript"))).isEmpty();
        assertThat(titles(search("secretstyle"))).isEmpty();
        var found = search("anatomy");
        assertThat(titles(found)).containsExactly("Hidden text");
        assertThat(found.select(".snippet").text()).doesNotContain("secret");
    }

    @Test
    void ranksATitleMatchAboveABodyMatchAndHighlightsTheWords() {
        var page = search("digital twin");

        if (isPostgres()) {
            assertThat(titles(page)).containsExactly("Digital twin of the heart", "Quarterly update");
            assertThat(page.select(".snippet mark").eachText()).isNotEmpty().allMatch(word -> word.toLowerCase().startsWith("digit")
                    || word.toLowerCase().startsWith("twin"));
            assertThat(page.select(".snippet b")).as("markup from the body stays text").isEmpty();
        } else {
            assertThat(titles(page)).containsExactlyInAnyOrder("Digital twin of the heart", "Quarterly update");
        }
    }

    @Test
    void understandsPhrasesAlternativesAndExclusionsOnPostgres() {
        if (!isPostgres()) {
            return; // the embedded fallback finds plain words only, by design
        }
        assertThat(titles(search("\"platform twin\""))).isEmpty();
        assertThat(titles(search("\"digital twin platform\""))).containsExactly("Quarterly update");
        assertThat(titles(search("boston or heart"))).containsExactlyInAnyOrder("A partnership in Boston",
                "Digital twin of the heart");
        assertThat(titles(search("digital -heart"))).containsExactly("Quarterly update");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "'", "\\", "&&&", "<script>alert(1)</script>", "\"unclosed", "!!!", ":*", "a & | ! b",
            "%", "_", "or or or", "-", "\u0000"})
    void answersOddQueriesWithANormalPage(String query) {
        var result = mvc.get().uri("/search").param("q", query).exchange();

        assertThat(result).hasStatusOk();
        var page = Html.of(result);
        assertThat(page.select("main script, main img[onerror]")).isEmpty();
        assertThat(page.selectFirst("#search-q")).isNotNull();
    }

    @Test
    void answersAVeryLongQueryWithANormalPage() {
        var result = mvc.get().uri("/search").param("q", "twin ".repeat(2_000)).exchange();

        assertThat(result).hasStatusOk();
        assertThat(Html.of(result).selectFirst("#search-q").val()).hasSizeLessThanOrEqualTo(ReleaseSearch.MAX_QUERY);
    }

    @Test
    void findsWordsWhateverTheirAccentsAsWordPressDoes() {
        publish("osaka", "A new office in Ōsaka", "The team meets at a café near the Ōsaka branch.", NOW.minus(Duration.ofDays(3)));

        assertThat(titles(search("Osaka"))).containsExactly("A new office in Ōsaka");
        assertThat(titles(search("cafe"))).containsExactly("A new office in Ōsaka");
        assertThat(titles(search("Ōsaka"))).containsExactly("A new office in Ōsaka");
        assertThat(search("osaka").select("article").text()).contains("Ōsaka");
    }

    @Test
    void findsAKoreanReleaseByALatinWordWithoutItsAccents() {
        var release = fixtures.publishedIn(Locale.KOREAN, "osaka-ko", "오사카 사무소", "Ōsaka 사무소 개소",
                "메디컬아이피가 Ōsaka에 사무소를 열었습니다.", NOW.minus(Duration.ofDays(3)));
        jdbc.update("update press_release set body_text = ? where id = ?", "메디컬아이피가 Ōsaka에 사무소를 열었습니다.", release.getId());

        var page = Html.of(mvc.get().uri("/ko/search").param("q", "osaka").exchange());

        assertThat(titles(page)).containsExactly("오사카 사무소");
    }

    @Test
    void offersASearchBoxInTheHeaderOfEveryPage() {
        assertThat(Html.of(mvc.get().uri("/").exchange()).selectFirst("header form[role=search]").attr("action"))
                .isEqualTo("/search");
    }

    private boolean isPostgres() {
        return jdbc.queryForObject("select count(*) from information_schema.columns where lower(column_name) = 'search_vector'",
                Integer.class) > 0;
    }

    private void publish(String slug, String title, String body, Instant at) {
        var release = fixtures.published(slug, title, "news", at);
        jdbc.update("update press_release set body = ?, body_html = ?, body_text = ?, summary = ? where id = ?", body,
                Markdown.safeHtmlOf(body), Markdown.visibleText(body), "About " + title.toLowerCase(), release.getId());
    }

    private Document search(String query) {
        var result = mvc.get().uri("/search").param("q", query).exchange();
        assertThat(result).hasStatusOk();
        return Html.of(result);
    }

    private static List<String> titles(Document page) {
        return page.select("article h2").eachText();
    }
}
