package io.newsroom.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.newsroom.Browser;
import io.newsroom.NewsroomTest;
import io.newsroom.account.staff.StaffFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An editor brings a WordPress export over in Chromium; every step passes axe. */
class ImportJourneyTest extends NewsroomTest {

    @LocalServerPort
    int port;

    @BeforeEach
    void emptyNewsroom() {
        jdbc.update("delete from wordpress_import");
        jdbc.update("delete from category where slug in ('awards-honours', 'partnerships')");
    }

    @Test
    void uploadsPreviewsMapsACategoryImportsAndReadsTheReport() throws Exception {
        Path export = Files.createTempFile("medicalip", ".xml");
        try (var in = getClass().getResourceAsStream("/wordpress/medicalip-wordpress-6.xml")) {
            Files.write(export, in.readAllBytes());
        }
        try (var browser = Browser.open(port, 1280, 900)) {
            browser.signIn(staff.editor().email(), StaffFixtures.PASSWORD);

            browser.clickAndWait(browser.find("nav a[href='/admin/import']"));
            browser.assertAccessible();
            browser.find("#export").sendKeys(export.toString());
            browser.clickAndWait(browser.find("form.form button[type=submit]"));

            assertThat(browser.find("h1").getText()).isEqualTo("Import preview");
            assertThat(browser.find("#count-posts").getText()).isEqualTo("6");
            new Select(browser.find("#category-awards")).selectByVisibleText("Award");
            browser.find("input[name=status][value=keep]").click();
            browser.screenshot("admin-import-preview");
            browser.assertAccessible();
            browser.clickAndWait(browser.find("form.form button[type=submit]"));

            assertThat(browser.find("#summary").getText()).startsWith("5 posts imported, 2 left out");
            browser.screenshot("admin-import-report");
            browser.assertAccessible();
            assertThat(jdbc.queryForObject("select c.slug from press_release r join category c on c.id = r.category_id"
                    + " where r.slug = 'medikeolaipi-gisuldaesang-susang'", String.class)).as("mapped as chosen").isEqualTo("award");

            browser.clickAndWait(browser.find("#imported a"));
            assertThat(browser.path()).startsWith("/admin/releases/");
        }
    }
}
