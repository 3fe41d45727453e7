package io.newsroom.release.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroom.Browser;
import io.newsroom.IntegrationTest;
import io.newsroom.release.model.ReleaseFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The newsroom for a keyboard user, and for a browser with JavaScript turned off. */
@IntegrationTest
class KeyboardAndNoScriptTest {

    @LocalServerPort
    int port;

    @Autowired
    ReleaseFixtures fixtures;

    @BeforeEach
    void demoNewsroom() {
        fixtures.demoNewsroom();
    }

    @Test
    void skipsToTheContentAndReachesAReleaseWithTheKeyboardAlone() {
        try (var browser = Browser.open(port, 1280, 900)) {
            browser.visit("/");

            browser.press(Keys.TAB);
            assertThat(browser.focused().getText()).isEqualTo("Skip to content");
            assertThat(browser.focused().isDisplayed()).isTrue();
            assertThat(browser.focusIsVisible()).isTrue();

            browser.press(Keys.ENTER);
            browser.press(Keys.TAB);
            assertThat(browser.focused().getAttribute("id")).as("first control in main").isEqualTo("filter-category");
            assertThat(browser.focusIsVisible()).isTrue();

            for (int i = 0; i < 20 && !"release-card__title".equals(parentClass(browser)); i++) {
                browser.press(Keys.TAB);
            }
            String title = browser.focused().getText();
            assertThat(browser.focusIsVisible()).isTrue();
            browser.press(Keys.ENTER);
            browser.waitUntilVisible("article h1");
            assertThat(browser.find("article h1").getText()).isEqualTo(title);
        }
    }

    @Test
    void worksWithJavaScriptTurnedOff() {
        try (var browser = Browser.withoutJavaScript(port, 390, 844)) {
            browser.visit("/");
            assertThat(browser.find(".nav-toggle").isDisplayed()).as("the menu button needs JavaScript").isFalse();
            assertThat(browser.find("#site-nav a[href='/contact']").isDisplayed()).isTrue();

            new Select(browser.find("#filter-year")).selectByVisibleText("2023");
            browser.clickAndWait(browser.find("form.filters button[type=submit]"));
            assertThat(browser.all("article .release-card__title")).isNotEmpty();
            assertThat(browser.all("time")).allSatisfy(time -> assertThat(time.getAttribute("datetime")).startsWith("2023"));

            browser.clickAndWait(browser.find("article h2 a"));
            assertThat(browser.find(".prose").getText()).isNotBlank();
            browser.clickAndWait(browser.find(".ask a"));
            assertThat(browser.find("h1").getText()).isEqualTo("Questions on our PR? Ask us now.");
        }
    }

    private static String parentClass(Browser browser) {
        return browser.driver().executeScript("return document.activeElement.parentElement.className").toString();
    }
}
