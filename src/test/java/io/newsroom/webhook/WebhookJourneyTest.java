package io.newsroom.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroom.Browser;
import io.newsroom.IntegrationTest;
import io.newsroom.account.staff.StaffFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** An ADMIN registers a webhook in Chromium, copies its secret, and tries it out; axe passes each page. */
@IntegrationTest
class WebhookJourneyTest {

    @Autowired
    StaffFixtures staff;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void noEndpoints() {
        jdbc.update("delete from webhook_endpoint");
        staff.forgetFailedSignIns();
    }

    @Test
    void registersAnEndpointSeesItsSecretOnceAndSendsATestDelivery() throws Exception {
        try (var receiver = new Receiver(); var browser = Browser.open(port, 1280, 900)) {
            browser.signIn(staff.admin().email(), StaffFixtures.PASSWORD);

            browser.clickAndWait(browser.find("nav a[href='/admin/webhooks']"));
            browser.find("#url").clear();
            browser.find("#url").sendKeys("http://169.254.169.254/latest/");
            browser.clickAndWait(browser.find("form.form button[type=submit]"));
            assertThat(browser.find("#url-error").getText()).startsWith("This address is refused: 169.254.169.254 resolves to");
            browser.assertAccessible();

            browser.find("#url").clear();
            browser.find("#url").sendKeys(receiver.url());
            browser.find("#description").sendKeys("Corporate website");
            browser.find("#event-INQUIRY_RECEIVED").click();
            browser.clickAndWait(browser.find("form.form button[type=submit]"));
            assertThat(browser.find("#new-secret").getAttribute("value")).startsWith("whsec_");
            browser.screenshot("admin-webhook");
            browser.assertAccessible();

            browser.clickAndWait(browser.find("form[action$='/ping'] button"));
            assertThat(browser.find(".notice").getText()).isEqualTo("A test delivery is on its way.");
            // the sender's own thread delivers to the receiver (an HTTP server): polled
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> receiver.received().size() == 1);
            browser.visit(browser.path());
            assertThat(browser.all("tbody tr td").stream().map(td -> td.getText()).toList()).contains("Delivered");
            assertThat(browser.all("#new-secret")).as("shown once").isEmpty();
        }
    }
}
