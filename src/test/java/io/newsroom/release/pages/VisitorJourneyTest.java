package io.newsroom.release.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroom.Browser;
import io.newsroom.IntegrationTest;
import io.newsroom.release.model.ReleaseFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor browses the demo newsroom in a real Chromium, on a desktop and on a phone. */
@IntegrationTest
class VisitorJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    ReleaseFixtures fixtures;

    @BeforeEach
    void demoNewsroom() {
        fixtures.demoNewsroom();
    }

    @Test
    void browsesPagesFiltersAndReleasesOnADesktop() {
        try (var browser = Browser.open(port, 1280, 900)) {
            browser.visit("/");
            browser.screenshot("home");
            browseFromTheHomePage(browser);
        }
    }

    @Test
    void browsesTheSameWayOnAPhoneThroughItsMenu() {
        try (var browser = Browser.open(port, 390, 844)) {
            browser.visit("/");
            browser.screenshot("home");
            var menu = browser.find(".nav-toggle");
            assertThat(menu.isDisplayed()).isTrue();
            assertThat(browser.find("#site-nav").isDisplayed()).isFalse();

            menu.click();

            browser.waitUntilVisible("#site-nav");
            assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
            browser.clickAndWait(browser.find("#site-nav a[href='/news']"));
            assertThat(browser.path()).isEqualTo("/news");
            browseFromTheHomePage(browser);
        }
    }

    private void browseFromTheHomePage(Browser browser) {
        assertThat(browser.find("h1").getText()).isEqualTo("Newsroom");
        assertThat(browser.all("article.release-card")).hasSize(10);
        browser.assertAccessible();

        browser.clickAndWait(browser.find("nav.pagination a[aria-label='Page 2']"));
        assertThat(browser.path()).isEqualTo("/news?page=2");
        assertThat(browser.find("nav.pagination a[aria-current=page]").getText()).isEqualTo("2");
        assertThat(browser.all("article.release-card")).hasSize(10);

        new Select(browser.find("#filter-category")).selectByVisibleText("Award");
        browser.clickAndWait(browser.find("form.filters button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/news?category=award&year=");
        assertThat(browser.all("article .badge")).isNotEmpty()
                .allSatisfy(badge -> assertThat(badge.getText()).isEqualTo("Award"));
        browser.assertAccessible();

        var firstAward = browser.find("article h2 a");
        String title = firstAward.getText();
        browser.clickAndWait(firstAward);
        assertThat(browser.find("article h1").getText()).isEqualTo(title);
        assertThat(browser.find(".ask").getText()).contains("Questions on our PR?", "Ask us now.");
        browser.screenshot("release");
        browser.assertAccessible();

        var next = browser.find("a[rel=next]");
        String nextTitle = next.findElement(By.cssSelector(".prev-next__title")).getText();
        browser.clickAndWait(next);
        assertThat(browser.find("article h1").getText()).isEqualTo(nextTitle).isNotEqualTo(title);

        browser.visit("/news/no-such-release");
        assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
        assertThat(browser.find(".site-header .brand").getText()).contains("MEDICAL IP");
        browser.screenshot("not-found");
        browser.assertAccessible();
    }
}
