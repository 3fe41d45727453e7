package io.newsroom.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroom.Browser;
import io.newsroom.NewsroomTest;
import io.newsroom.account.Role;
import io.newsroom.account.Staff;
import io.newsroom.account.staff.StaffFixtures;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Review before publishing in Chromium: an ADMIN switches it on, an editor submits, a publisher
 * sends back with a comment, the editor reads it and submits again, the publisher publishes. Every
 * page passes axe.
 */
class ReviewJourneyTest extends NewsroomTest {

    @LocalServerPort
    int port;

    @BeforeEach
    void emptyNewsroom() {
        // only this journey's reviewers are mailed
        jdbc.update("update staff_account set enabled = false where role <> 'EDITOR'");
    }

    @AfterEach
    void reviewOff() {
        jdbc.update("update site_settings set review_required = false, review_four_eyes = false");
    }

    @Test
    void anEditorSubmitsAPublisherSendsBackThenPublishes() {
        var admin = staff.admin();
        var editor = staff.editor();
        var publisher = staff.create(Role.PUBLISHER);
        try (var browser = Browser.open(port, 1280, 900)) {
            signIn(browser, admin);
            browser.visit("/admin/settings");
            browser.find("#review input[name=required]").click();
            browser.clickAndWait(browser.find("#review button[type=submit]"));
            assertThat(browser.find(".notice").getText()).isEqualTo("Review before publishing is on.");
            browser.assertAccessible();
            signOut(browser);

            signIn(browser, editor);
            browser.visit("/admin/releases/new");
            browser.waitUntilVisible(".visual-editor__content[data-ready]");
            assertThat(browser.all("button[value=publish]")).isEmpty();
            browser.find("#title").sendKeys("A partnership in Busan");
            new Select(browser.find("#categoryId")).selectByVisibleText("News");
            browser.find("#summary").sendKeys("A hospital in Busan adopts the platform.");
            browser.find(".visual-editor__content").click();
            browser.press("The hospital signs.");
            browser.assertAccessible();
            browser.clickAndWait(browser.find("button[value=submit]"));
            assertThat(browser.find(".notice").getText()).startsWith("Submitted for review");
            assertThat(browser.find("#review").getText()).contains("Awaiting review");
            String editorPath = browser.path();
            signOut(browser);

            signIn(browser, publisher);
            browser.visit("/admin/releases?review=SUBMITTED");
            assertThat(browser.find("tbody").getText()).contains("A partnership in Busan", "Awaiting review");
            browser.assertAccessible();
            browser.visit(editorPath);
            browser.find("#review-comment").sendKeys("Please name the hospital's director.");
            browser.screenshot("admin-review");
            browser.assertAccessible();
            browser.clickAndWait(browser.find("#review button[type=submit]"));
            assertThat(browser.find(".notice").getText()).startsWith("Sent back to " + editor.getDisplayName());
            signOut(browser);

            signIn(browser, editor);
            browser.visit(editorPath);
            assertThat(browser.find("#review").getText()).contains("Sent back", "Please name the hospital's director.");
            browser.assertAccessible();
            browser.waitUntilVisible(".visual-editor__content[data-ready]");
            browser.clickAndWait(browser.find("button[value=submit]"));
            signOut(browser);

            signIn(browser, publisher);
            browser.visit(editorPath);
            browser.waitUntilVisible(".visual-editor__content[data-ready]");
            browser.clickAndWait(browser.find("button[value=publish]"));
            assertThat(browser.find(".notice").getText()).isNotBlank();
            browser.visit("/news/a-partnership-in-busan");
            assertThat(browser.find("h1").getText()).isEqualTo("A partnership in Busan");
        }
        assertThat(jdbc.queryForList("select kind from mail_message where subject like '%A partnership in Busan'", String.class))
                .contains("review.submitted", "review.returned", "review.approved");
    }

    private void signIn(Browser browser, Staff member) {
        browser.signIn(member.email(), StaffFixtures.PASSWORD);
    }

    private void signOut(Browser browser) {
        browser.clickAndWait(browser.find(".admin-user form[action$='/logout'] button"));
    }
}
