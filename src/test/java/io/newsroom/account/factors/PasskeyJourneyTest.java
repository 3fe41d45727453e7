package io.newsroom.account.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

import io.newsroom.Browser;
import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.account.Staff;
import io.newsroom.account.staff.StaffFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Passkeys in Chromium, with Selenium's virtual authenticator standing in for a phone or a laptop's
 * fingerprint reader: a staff member adds one on their security page, then signs in with it alone,
 * and with it as the second step after their password. Every page passes axe.
 */
@IntegrationTest
class PasskeyJourneyTest {

    /** WebAuthn checks the page's origin, so the server listens where the relying party says. */
    private static final int PORT = freePort();

    @DynamicPropertySource
    static void relyingParty(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("newsroom.passkeys.rp-id", () -> "localhost");
        registry.add("newsroom.passkeys.allowed-origins", () -> "http://localhost:" + PORT);
    }

    @Autowired
    StaffFixtures staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    private Staff editor;

    @BeforeEach
    void anEditor() {
        staff.forgetFailedSignIns();
        editor = staff.editor();
    }

    @Test
    void addsAPasskeyThenSignsInWithItAloneAndAsTheSecondStep() {
        try (var browser = Browser.atLocalhost(PORT, 1280, 900)) {
            var authenticator = browser.driver().addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                    .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                    .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                    .setHasResidentKey(true).setHasUserVerification(true).setIsUserVerified(true));
            signInWithPassword(browser);
            assertThat(browser.path()).isEqualTo("/admin");

            browser.clickAndWait(browser.find(".admin-user a[href='/admin/account/security']"));
            browser.assertAccessible();
            browser.find("#passkey-label").sendKeys("Work laptop");
            browser.find("#passkey-add button[type=submit]").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(driver -> !browser.all("li.passkey").isEmpty());
            assertThat(browser.find("li.passkey strong").getText()).isEqualTo("Work laptop");
            assertThat(authenticator.getCredentials()).hasSize(1);
            assertThat(audit("account.factor-added")).contains("passkey \u201cWork laptop\u201d");
            browser.screenshot("admin-security-passkey");
            browser.assertAccessible();
            browser.clickAndWait(browser.find("#totp button[type=submit]"));
            assertThat(browser.find(".qr-code svg").getAttribute("aria-label")).isEqualTo("QR code for your authenticator app");
            browser.screenshot("admin-security-authenticator");
            browser.assertAccessible();
            browser.clickAndWait(browser.find("#totp form:last-of-type button"));

            browser.clickAndWait(browser.find(".admin-user form[action$='/logout'] button"));
            browser.visit("/admin/login");
            browser.waitUntilVisible("#passkey-sign-in");
            browser.find("#passkey-sign-in").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> "/admin".equals(browser.path()));
            assertThat(browser.find(".admin-user a[href='/admin/account']").getText()).isEqualTo(editor.getDisplayName());
            assertThat(audit("account.factor-used")).contains("passkey");

            // with a passkey on the account, a password alone no longer signs in
            browser.clickAndWait(browser.find(".admin-user form[action$='/logout'] button"));
            signInWithPassword(browser);
            assertThat(browser.path()).isEqualTo("/admin/login/code");
            browser.assertAccessible();
            browser.visit("/admin/releases");
            assertThat(browser.path()).as("every admin page waits for the second step").isEqualTo("/admin/login/code");
            browser.waitUntilVisible("#passkey-sign-in");
            browser.find("#passkey-sign-in").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> "/admin".equals(browser.path()));
        }
    }

    @Test
    void aPasskeyOfADisabledOrLockedAccountSignsNobodyIn() {
        try (var browser = Browser.atLocalhost(PORT, 1280, 900)) {
            browser.driver().addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                    .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                    .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                    .setHasResidentKey(true).setHasUserVerification(true).setIsUserVerified(true));
            signInWithPassword(browser);
            browser.visit("/admin/account/security");
            browser.find("#passkey-label").sendKeys("Soon disabled");
            browser.find("#passkey-add button[type=submit]").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(driver -> !browser.all("li.passkey").isEmpty());
            browser.clickAndWait(browser.find(".admin-user form[action$='/logout'] button"));

            jdbc.update("update staff_account set enabled = false where id = ?", editor.id());

            browser.visit("/admin/login");
            browser.waitUntilVisible("#passkey-sign-in");
            browser.find("#passkey-sign-in").click();
            browser.waitUntilVisible("#passkey-problem");
            assertThat(browser.find("#passkey-problem").getText()).startsWith("That passkey did not sign you in");
            browser.visit("/admin");
            assertThat(browser.path()).isEqualTo("/admin/login");

            jdbc.update("update staff_account set enabled = true, locked_until = ? where id = ?",
                    Timestamp.from(clock.instant().plus(Duration.ofHours(1))), editor.id());
            browser.visit("/admin/login");
            browser.waitUntilVisible("#passkey-sign-in");
            browser.find("#passkey-sign-in").click();
            browser.waitUntilVisible("#passkey-problem");
            browser.visit("/admin");
            assertThat(browser.path()).as("a locked account waits, passkey or not").isEqualTo("/admin/login");
            assertThat(audit("account.sign-in-failed")).contains("passkey of a disabled account", "passkey of a locked account");
        }
    }

    @Test
    void aPasskeyAssertionWithoutUserVerificationSignsNobodyIn() {
        try (var browser = Browser.atLocalhost(PORT, 1280, 900)) {
            var authenticator = browser.driver().addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                    .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                    .setTransport(VirtualAuthenticatorOptions.Transport.USB)
                    .setHasResidentKey(true).setHasUserVerification(true).setIsUserVerified(true));
            signInWithPassword(browser);
            browser.visit("/admin/account/security");
            browser.find("#passkey-label").sendKeys("Security key");
            browser.find("#passkey-add button[type=submit]").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(driver -> !browser.all("li.passkey").isEmpty());
            browser.clickAndWait(browser.find(".admin-user form[action$='/logout'] button"));

            // a key touched but not unlocked (no PIN, no fingerprint), and a page that asks for no more:
            // the assertion comes without the UV flag, and the server's own options decide
            authenticator.setUserVerified(false);
            browser.visit("/admin/login");
            browser.waitUntilVisible("#passkey-sign-in");
            browser.driver().executeScript("""
                    var get = navigator.credentials.get.bind(navigator.credentials);
                    navigator.credentials.get = function (options) {
                      options.publicKey.userVerification = 'discouraged';
                      return get(options);
                    };""");
            browser.find("#passkey-sign-in").click();
            browser.waitUntilVisible("#passkey-problem");
            browser.visit("/admin");
            assertThat(browser.path()).isEqualTo("/admin/login");
        }
    }

    private void signInWithPassword(Browser browser) {
        browser.signIn(editor.email(), StaffFixtures.PASSWORD);
    }

    private List<String> audit(String action) {
        return jdbc.queryForList("select target from audit_event where action = ? and actor = ?", String.class,
                action, editor.email());
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
