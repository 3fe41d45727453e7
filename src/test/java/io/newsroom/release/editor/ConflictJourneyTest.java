package io.newsroom.release.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.newsroom.Browser;
import io.newsroom.NewsroomTest;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.staff.StaffFixtures;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people change one release, in Chromium: the one who saves second sees the saved version as
 * the page shows it beside their own in the visual editor, nothing is overwritten unasked, and
 * saving their version after reading the other's keeps it.
 */
class ConflictJourneyTest extends NewsroomTest {

    @LocalServerPort
    int port;

    @Test
    void showsTheSavedVersionBesideMineInTheVisualEditor() {
        var release = fixtures.published("two-writers", "Two writers", TestClockConfiguration.START.minus(Duration.ofDays(1)));
        var admin = staff.admin();
        try (var browser = Browser.open(port, 1280, 900)) {
            browser.signIn(admin.email(), StaffFixtures.PASSWORD);
            browser.visit("/admin/releases/" + release.getId());
            browser.waitUntilVisible(".visual-editor__content[data-ready]");

            // meanwhile a colleague saves the release
            jdbc.update("update press_release set body = ?, body_html = ?, version = version + 1, updated_by_name = 'Kim Min-ji'"
                    + " where id = ?", "The colleague's **text**.", "<p>The colleague's <strong>text</strong>.</p>", release.getId());

            browser.find(".visual-editor__content").click();
            browser.press(Keys.END, " My addition.");
            browser.clickAndWait(browser.find("button[value=save]"));

            assertThat(browser.find("h1").getText()).isEqualTo("Someone saved this release while you were editing");
            assertThat(browser.find(".conflict__body strong").getText()).as("theirs, as the page shows it").isEqualTo("text");
            browser.waitUntilVisible(".visual-editor__content[data-ready]");
            assertThat(browser.find(".visual-editor__content").getText()).isEqualTo("Body of Two writers My addition.");
            assertThat(jdbc.queryForObject("select body from press_release where id = ?", String.class, release.getId()))
                    .as("nothing overwritten unasked").isEqualTo("The colleague's **text**.");
            browser.assertAccessible();

            browser.find(".visual-editor__content").click();
            browser.press(Keys.END, " And theirs, read.");
            browser.clickAndWait(browser.find("button[value=save]"));
            assertThat(jdbc.queryForObject("select body from press_release where id = ?", String.class, release.getId()))
                    .isEqualTo("Body of Two writers My addition. And theirs, read.");
        }
    }
}
