package io.newsroom.release.pages;

import io.newsroom.Browser;
import io.newsroom.IntegrationTest;
import io.newsroom.release.model.ReleaseFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** axe-core on the public pages the journeys do not pass through. */
@IntegrationTest
class PublicPagesAccessibilityTest {

    @LocalServerPort
    int port;

    @Autowired
    ReleaseFixtures fixtures;

    @BeforeEach
    void demoNewsroom() {
        fixtures.demoNewsroom();
    }

    @Test
    void searchAlertsPrivacyAndErrorPagesHaveNoSeriousViolations() {
        try (var browser = Browser.open(port, 1280, 900)) {
            for (String path : new String[] {"/search?q=digital+twin", "/search?q=nothing-matches-this", "/alerts",
                    "/alerts/check-your-inbox", "/privacy", "/contact/thanks?ref=INQ-2026-000001", "/news?page=abc",
                    "/admin/login"}) {
                browser.visit(path);
                browser.assertAccessible();
            }
            browser.visit("/search?q=digital+twin");
            browser.screenshot("search");
        }
    }
}
