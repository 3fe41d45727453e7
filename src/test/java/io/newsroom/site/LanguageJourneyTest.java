package io.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import io.newsroom.Browser;
import io.newsroom.NewsroomTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Korean reader in Chromium: offered the Korean page (never redirected to it), reads the Korean
 * newsroom and a release, and switches to its English translation; axe passes every Korean page.
 */
class LanguageJourneyTest extends NewsroomTest {

    @LocalServerPort
    int port;

    @BeforeEach
    void aReleaseInTwoLanguages() {
        var at = Instant.parse("2023-09-15T01:00:00Z");
        var english = fixtures.publishedIn(Locale.ENGLISH, "khf-innovation-award", "MEDICAL IP wins the KHF Innovation Award",
                "The top prize for 3D digital twins.", "MEDICAL IP has received the **Innovation Grand Prize**.", at);
        fixtures.translationOf(english, Locale.KOREAN, "khf-hyeoksin-daesang", "메디컬아이피, KHF 혁신 대상 수상",
                "3D 디지털 트윈으로 최고상을 받았습니다.", "메디컬아이피가 **혁신 대상**을 받았습니다.", at);
    }

    @Test
    void aKoreanReaderIsOfferedTheKoreanPageReadsItAndSwitchesLanguage() {
        try (var browser = Browser.preferring("ko-KR,ko", port, 1280, 900)) {
            browser.visit("/news");
            assertThat(browser.path()).as("never redirected").isEqualTo("/news");
            var offer = browser.find(".language-offer a");
            assertThat(offer.getText()).isEqualTo("이 페이지를 한국어로 보기");
            browser.clickAndWait(offer);

            assertThat(browser.path()).isEqualTo("/ko/news");
            assertThat(browser.all(".language-offer")).as("already in the reader's language").isEmpty();
            assertThat(browser.find("h1").getText()).isEqualTo("뉴스룸");
            browser.screenshot("ko-home");
            browser.assertAccessible();

            browser.clickAndWait(browser.find(".release-card__title a"));
            assertThat(browser.path()).isEqualTo("/ko/news/khf-hyeoksin-daesang");
            assertThat(browser.find("article h1").getText()).isEqualTo("메디컬아이피, KHF 혁신 대상 수상");
            browser.screenshot("ko-release");
            browser.assertAccessible();

            browser.clickAndWait(browser.find(".language-switcher a[hreflang=en]"));
            assertThat(browser.path()).isEqualTo("/news/khf-innovation-award");
            assertThat(browser.find("article h1").getText()).isEqualTo("MEDICAL IP wins the KHF Innovation Award");
            assertThat(browser.find(".language-offer a").getText()).isEqualTo("이 페이지를 한국어로 보기");
        }
    }
}
