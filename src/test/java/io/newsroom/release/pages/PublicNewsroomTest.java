package io.newsroom.release.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.newsroom.Html;
import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.TestClockConfiguration;
import io.newsroom.release.model.ReleaseFixtures;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class PublicNewsroomTest {

    private static final Instant NOW = TestClockConfiguration.START;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void emptyNewsroom() {
        clock.set(NOW);
        fixtures.clear();
    }

    @Test
    void listsPublishedReleasesNewestFirstWithDateCategoryTitleAndSummary() {
        fixtures.published("older", "Older release", "mou", Instant.parse("2023-08-08T01:00:00Z"));
        fixtures.published("newer", "Newer release", "award", Instant.parse("2023-09-15T01:00:00Z"));

        var cards = page("/").select("article.release-card");

        assertThat(cards).extracting(card -> card.selectFirst("h2").text())
                .containsExactly("Newer release", "Older release");
        Element newest = cards.get(0);
        assertThat(newest.selectFirst("time").text()).isEqualTo("Sep 15, 2023");
        assertThat(newest.selectFirst("time").attr("datetime")).startsWith("2023-09-15T10:00");
        assertThat(newest.selectFirst(".badge").text()).isEqualTo("Award");
        assertThat(newest.selectFirst(".release-card__summary").text()).isEqualTo("Summary of Newer release");
        assertThat(newest.selectFirst("h2 a").attr("href")).isEqualTo("/news/newer");
    }

    @Test
    void servesTheSameListAtNews() {
        fixtures.published("only", "The only release", NOW.minus(Duration.ofDays(1)));

        assertThat(page("/news").select("article h2").eachText()).containsExactly("The only release");
    }

    @Test
    void showsTenReleasesPerPageWithLinksToTheOthers() {
        for (int day = 1; day <= 12; day++) {
            fixtures.published("release-" + day, "Release " + day, NOW.minus(Duration.ofDays(day)));
        }

        var first = page("/news");
        var second = page("/news?page=2");

        assertThat(first.select("article.release-card")).hasSize(10);
        assertThat(first.selectFirst("article h2").text()).isEqualTo("Release 1");
        assertThat(first.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/news?page=2");
        assertThat(second.select("article h2").eachText()).containsExactly("Release 11", "Release 12");
        assertThat(second.select("nav.pagination a[aria-current=page]").text()).isEqualTo("2");
        assertThat(second.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/news");
    }

    @Test
    void showsDeepPagesExactlyAsThePagesBeforeThemLeadTo() {
        // 22 pages of ten, with two releases at the same moment across the boundary of pages 21 and 22
        for (int n = 1; n <= 215; n++) {
            var at = n == 211 ? NOW.minus(Duration.ofHours(210)) : NOW.minus(Duration.ofHours(n));
            fixtures.published("deep-" + n, "Deep " + n, n % 2 == 0 ? "award" : "mou", at);
        }

        var twentieth = page("/news?page=20");
        var twentyFirst = page("/news?page=21");
        var last = page("/news?page=22");

        assertThat(twentieth.select("article h2").eachText()).startsWith("Deep 191").endsWith("Deep 200");
        assertThat(twentyFirst.select("article h2").eachText()).hasSize(10).doesNotContainAnyElementsOf(
                twentieth.select("article h2").eachText());
        assertThat(last.select("article h2").eachText()).hasSize(5);
        var everyTitle = new ArrayList<String>();
        for (int p = 1; p <= 22; p++) {
            everyTitle.addAll(page("/news" + (p == 1 ? "" : "?page=" + p)).select("article h2").eachText());
        }
        assertThat(everyTitle).hasSize(215).doesNotHaveDuplicates();
        assertThat(mvc.get().uri("/news?page=23").exchange()).hasStatus(404);
        assertThat(page("/news?category=award&page=10").select("article h2").eachText()).hasSize(10);
        assertThat(page("/news?category=award&page=11").select("article h2").eachText()).hasSize(7);
    }

    @Test
    void filtersByCategoryAndKeepsTheFilterInPageLinks() {
        for (int day = 1; day <= 11; day++) {
            fixtures.published("award-" + day, "Award " + day, "award", NOW.minus(Duration.ofDays(day)));
        }
        fixtures.published("an-mou", "An MOU", "mou", NOW.minus(Duration.ofHours(1)));

        var awards = page("/news?category=award");

        assertThat(awards.select("article .badge").eachText()).hasSize(10).containsOnly("Award");
        assertThat(awards.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/news?category=award&page=2");
        assertThat(awards.selectFirst("#filter-category option[selected]").text()).isEqualTo("Award");
        assertThat(page("/news?category=mou").select("article h2").eachText()).containsExactly("An MOU");
    }

    @Test
    void filtersByYearInTheCompanysTimeZone() {
        // 2023-12-31 20:00 UTC is already 2024 in Seoul
        fixtures.published("new-year", "New Year in Seoul", Instant.parse("2023-12-31T20:00:00Z"));
        fixtures.published("late-2023", "Late 2023", Instant.parse("2023-11-01T01:00:00Z"));

        assertThat(page("/news?year=2024").select("article h2").eachText()).containsExactly("New Year in Seoul");
        assertThat(page("/news?year=2023").select("article h2").eachText()).containsExactly("Late 2023");
        assertThat(page("/news").select("#filter-year option").eachText())
                .containsExactly("All years", "2024", "2023");
    }

    @Test
    void saysSoInWordsWhenNothingMatches() {
        fixtures.published("mou", "An MOU", "mou", NOW.minus(Duration.ofDays(1)));

        var empty = page("/news?category=award");

        assertThat(empty.select("article")).isEmpty();
        assertThat(empty.selectFirst(".empty").text()).contains("No press releases match these filters.");
        assertThat(page("/news?year=2019").selectFirst(".empty").text()).contains("No press releases match");
    }

    @Test
    void saysSoWhenTheNewsroomIsEmpty() {
        assertThat(page("/").selectFirst(".empty").text()).contains("There are no press releases yet.");
    }

    @Test
    void neverListsDraftsFutureOrTrashedReleases() {
        fixtures.published("public", "Public release", NOW.minus(Duration.ofDays(2)));
        fixtures.savedDraft("a-draft", "A draft");
        fixtures.scheduled("a-future-one", "A future one", NOW.plus(Duration.ofHours(1)));
        fixtures.trashed("a-trashed-one", "A trashed one", NOW.minus(Duration.ofDays(1)));

        var list = page("/");

        assertThat(list.select("article h2").eachText()).containsExactly("Public release");
        assertThat(list.text()).doesNotContain("A draft", "A future one", "A trashed one");
        assertThat(list.selectFirst(".result-count").text()).startsWith("1 press release");
    }

    @Test
    void answersNotFoundForDraftFutureAndTrashedReleases() {
        fixtures.savedDraft("a-draft", "A draft");
        fixtures.scheduled("a-future-one", "A future one", NOW.plus(Duration.ofHours(1)));
        fixtures.trashed("a-trashed-one", "A trashed one", NOW.minus(Duration.ofDays(1)));

        for (String slug : List.of("a-draft", "a-future-one", "a-trashed-one")) {
            var result = mvc.get().uri("/news/" + slug).exchange();
            assertThat(result).hasStatus(404);
        }
    }

    @Test
    void showsAScheduledReleaseOnceItsTimeHasCome() {
        fixtures.scheduled("at-noon", "At noon", NOW.plus(Duration.ofHours(3)));

        assertThat(mvc.get().uri("/news/at-noon").exchange()).hasStatus(404);
        assertThat(page("/").select("article")).isEmpty();

        clock.advance(Duration.ofHours(3));

        assertThat(page("/news/at-noon").selectFirst("h1").text()).isEqualTo("At noon");
        assertThat(page("/").select("article h2").eachText()).containsExactly("At noon");
    }

    @Test
    void showsAReleaseWithItsBodyBoilerplateContactAndAskBox() {
        fixtures.published("the-mou", "The MOU", "mou", Instant.parse("2023-09-15T01:00:00Z"));

        var release = page("/news/the-mou");

        assertThat(release.title()).isEqualTo("The MOU · MEDICAL IP Newsroom");
        assertThat(release.selectFirst("article h1").text()).isEqualTo("The MOU");
        assertThat(release.selectFirst("article time").text()).isEqualTo("Sep 15, 2023");
        assertThat(release.selectFirst("article .badge").text()).isEqualTo("MOU");
        assertThat(release.selectFirst(".prose").text()).isEqualTo("Body of The MOU");
        assertThat(release.selectFirst(".about h2").text()).isEqualTo("About MEDICAL IP");
        assertThat(release.selectFirst(".contact").text()).contains("pr@medicalip.example");
        assertThat(release.selectFirst(".ask").text()).contains("Questions on our PR?", "Ask us now.");
        assertThat(release.selectFirst(".ask a").attr("href")).isEqualTo("/contact?release=the-mou");
        assertThat(release.selectFirst("meta[name=description]").attr("content")).isEqualTo("Summary of The MOU");
    }

    @Test
    void linksToThePreviousAndNextPublicReleasesSkippingHiddenOnes() {
        fixtures.published("first", "First", NOW.minus(Duration.ofDays(5)));
        fixtures.trashed("trashed-between", "Trashed between", NOW.minus(Duration.ofDays(4)));
        fixtures.published("middle", "Middle", NOW.minus(Duration.ofDays(3)));
        fixtures.savedDraft("a-draft", "A draft");
        fixtures.published("last", "Last", NOW.minus(Duration.ofDays(1)));
        fixtures.scheduled("future", "Future", NOW.plus(Duration.ofDays(1)));

        var middle = page("/news/middle");
        var last = page("/news/last");
        var first = page("/news/first");

        assertThat(middle.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/news/first");
        assertThat(middle.selectFirst("a[rel=next]").attr("href")).isEqualTo("/news/last");
        assertThat(last.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/news/middle");
        assertThat(last.select("a[rel=next]")).isEmpty();
        assertThat(first.select("a[rel=prev]")).isEmpty();
    }

    @Test
    void ordersReleasesPublishedAtTheSameMomentStably() {
        var at = NOW.minus(Duration.ofDays(1));
        fixtures.published("twin-a", "Twin A", at);
        fixtures.published("twin-b", "Twin B", at);

        assertThat(page("/").select("article h2").eachText()).containsExactly("Twin B", "Twin A");
        assertThat(page("/news/twin-a").selectFirst("a[rel=next]").attr("href")).isEqualTo("/news/twin-b");
        assertThat(page("/news/twin-b").selectFirst("a[rel=prev]").attr("href")).isEqualTo("/news/twin-a");
    }

    @Test
    void escapesMarkupInTitlesAndSummaries() {
        String markup = "<script>alert(1)</script> & <b>bold</b>";
        fixtures.published("markup", markup, NOW.minus(Duration.ofDays(1)));

        var list = page("/");
        var release = page("/news/markup");

        assertThat(list.select("script:not([src]):not([type=application/ld+json]), h2 b, .release-card__summary b")).isEmpty();
        assertThat(list.selectFirst("article h2").text()).isEqualTo(markup);
        assertThat(list.selectFirst(".release-card__summary").text()).isEqualTo("Summary of " + markup);
        assertThat(release.select("script:not([src]):not([type=application/ld+json]), h1 b, .lead b")).isEmpty();
        assertThat(release.selectFirst("h1").text()).isEqualTo(markup);
        assertThat(release.title()).startsWith(markup);
    }

    @Test
    void everyPageHasATitleDescriptionAndLanguage() {
        fixtures.published("one", "One", NOW.minus(Duration.ofDays(1)));

        for (String uri : List.of("/", "/news?page=1", "/news?category=news", "/news/one")) {
            var doc = page(uri);
            assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
            assertThat(doc.title()).endsWith("MEDICAL IP Newsroom");
            assertThat(doc.selectFirst("meta[name=description]").attr("content")).isNotBlank();
            assertThat(doc.select("main#main")).hasSize(1);
            assertThat(doc.select("link[rel=stylesheet]").attr("href")).startsWith("/assets/css/site-");
        }
    }

    private Document page(String uri) {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return Html.of(result);
    }
}
