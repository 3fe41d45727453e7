package io.newsroom.account.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import io.newsroom.HttpUser;
import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.Staff;
import io.newsroom.account.model.StaffAccount;
import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.account.tokens.AccessTokens;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The authenticator app and recovery codes, over real HTTP sessions, with codes made from the
 * injected clock: set up with a QR code, asked after the password, good once, counted toward the
 * lock; and the ADMIN's policy that every account must have a second factor.
 */
@IntegrationTest
class SecondFactorTest {

    @Autowired
    StaffFixtures staff;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccessTokens tokens;

    @LocalServerPort
    int port;

    private Staff editor;

    @BeforeEach
    void anEditor() {
        clock.set(TestClockConfiguration.START);
        staff.forgetFailedSignIns();
        jdbc.update("update account_policy set second_factor_required = false");
        editor = staff.editor();
    }

    @AfterEach
    void policyOff() {
        jdbc.update("update account_policy set second_factor_required = false");
    }

    @Test
    void anAuthenticatorAppSetUpWithItsQrCodeIsAskedForAfterThePasswordAndEachCodeWorksOnce() {
        var browser = signedIn(editor);
        String secret = turnOnAuthenticatorApp(browser);
        assertThat(audit("account.factor-added")).contains("authenticator app");

        var next = new HttpUser(port);
        assertThat(next.signIn(editor.email(), StaffFixtures.PASSWORD).location()).endsWith("/admin/login/code");
        assertThat(next.get("/admin/releases").location()).as("no admin page before the code").endsWith("/admin/login/code");
        var wrong = next.submit("/admin/login/code", "/admin/login/code", Map.of("code", "000000"));
        assertThat(wrong.html().select(".problem").text()).startsWith("That code is not right");

        clock.advance(Duration.ofSeconds(30));
        String code = appCode(secret, clock.instant());
        assertThat(next.submit("/admin/login/code", "/admin/login/code", Map.of("code", code)).location()).endsWith("/admin");
        assertThat(next.get("/admin/releases").status()).isEqualTo(200);
        assertThat(audit("account.factor-used")).contains("authenticator app");
        assertThat(audit("account.signed-in")).isNotEmpty();

        var replay = new HttpUser(port);
        replay.signIn(editor.email(), StaffFixtures.PASSWORD);
        var again = replay.submit("/admin/login/code", "/admin/login/code", Map.of("code", code));
        assertThat(again.html().select(".problem").text()).as("a code is good once").startsWith("That code is not right");
        assertThat(replay.get("/admin/releases").location()).endsWith("/admin/login/code");
    }

    @Test
    void aRecoveryCodeSignsInOnceAndIsKeptOnlyAsADigest() {
        var browser = signedIn(editor);
        turnOnAuthenticatorApp(browser);
        var codes = browser.get("/admin/account/security").html().select(".recovery-codes code").eachText();
        assertThat(codes).as("shown once, right after setting up").isEmpty();
        assertThat(jdbc.queryForList("select code_hash from staff_recovery_code where staff_id = ?", String.class, editor.id()))
                .hasSize(10).noneMatch(hash -> hash.contains("-"));

        var first = new HttpUser(port);
        first.signIn(editor.email(), StaffFixtures.PASSWORD);
        assertThat(first.submit("/admin/login/code", "/admin/login/code", Map.of("code", recoveryCodes.get(3).toUpperCase()))
                .location()).endsWith("/admin");
        assertThat(first.get("/admin").html().select(".notice").text()).contains("recovery code", "9 are left");

        var second = new HttpUser(port);
        second.signIn(editor.email(), StaffFixtures.PASSWORD);
        var used = second.submit("/admin/login/code", "/admin/login/code", Map.of("code", recoveryCodes.get(3)));
        assertThat(used.html().select(".problem").text()).startsWith("That code is not right");
        assertThat(audit("account.factor-used")).contains("recovery code");
    }

    @Test
    void wrongCodesLockTheAccountAsWrongPasswordsDo() {
        var browser = signedIn(editor);
        String secret = turnOnAuthenticatorApp(browser);
        var guesser = new HttpUser(port);
        guesser.signIn(editor.email(), StaffFixtures.PASSWORD);
        for (int i = 0; i < StaffAccount.FAILURES_BEFORE_LOCK; i++) {
            guesser.submit("/admin/login/code", "/admin/login/code", Map.of("code", String.format("%06d", 111111 * (i + 1))));
        }

        clock.advance(Duration.ofSeconds(30));
        var locked = guesser.submit("/admin/login/code", "/admin/login/code", Map.of("code", appCode(secret, clock.instant())));
        assertThat(locked.html().select(".problem").text()).startsWith("Too many wrong tries");
        assertThat(guesser.get("/admin").location()).endsWith("/admin/login/code");
    }

    @Test
    void withEveryAccountNeedingASecondFactorAnAccountWithoutOneSetsOneUpFirstAndKeepsIt() {
        var admin = signedIn(staff.admin());
        assertThat(admin.submit("/admin/accounts", "/admin/accounts/second-factor", Map.of("required", "true")).status())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject("select second_factor_required from account_policy", Boolean.class)).isTrue();

        var member = new HttpUser(port);
        assertThat(member.signIn(editor.email(), StaffFixtures.PASSWORD).location()).endsWith("/admin/account/security?setup");
        assertThat(member.get("/admin/releases").location()).endsWith("/admin/account/security?setup");
        assertThat(member.get("/admin/account/security").html().select(".problem").text())
                .startsWith("Every staff account must have a second factor");
        turnOnAuthenticatorApp(member);

        assertThat(member.get("/admin/releases").status()).as("signed in once the factor is set up").isEqualTo(200);
        var refused = member.submit("/admin/account/security", "/admin/account/security/totp/remove",
                Map.of("code", recoveryCodes.get(0)));
        assertThat(refused.location()).endsWith("/admin/account/security");
        assertThat(member.get("/admin/account/security").html().select(".problem").text())
                .startsWith("Every staff account must have a second factor: add another one");
        assertThat(jdbc.queryForObject("select totp_secret is not null from staff_account where id = ?", Boolean.class,
                editor.id())).isTrue();
    }

    @Test
    void aSessionThatBeganBeforeTheRuleSetsUpAFactorAtItsNextRequest() {
        var member = signedIn(editor);
        assertThat(member.get("/admin/releases").status()).isEqualTo(200);

        var admin = signedIn(staff.admin());
        admin.submit("/admin/accounts", "/admin/accounts/second-factor", Map.of("required", "true"));

        assertThat(member.get("/admin/releases").location()).endsWith("/admin/account/security?setup");
        assertThat(member.get("/admin/accounts").location()).endsWith("/admin/account/security?setup");
        turnOnAuthenticatorApp(member);
        assertThat(member.get("/admin/releases").status()).as("complete again with a factor").isEqualTo(200);
    }

    @Test
    void whileEveryAccountNeedsAFactorTheTokensOfAnAccountWithoutOneAreRefusedUntilItHasOne() {
        var token = tokens.create(editor, "Site sync", AccessTokens.Scope.READ, Duration.ofDays(30));
        assertThat(api(token).statusCode()).isEqualTo(200);

        jdbc.update("update account_policy set second_factor_required = true");

        var refused = api(token);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Every account must have a second factor now");

        var member = new HttpUser(port);
        member.signIn(editor.email(), StaffFixtures.PASSWORD);
        turnOnAuthenticatorApp(member);
        assertThat(api(token).statusCode()).as("the token works again once its owner has a factor").isEqualTo(200);
    }

    @Test
    void disablingAnAccountRevokesItsTokensAndEnablingItDoesNotBringThemBack() {
        var token = tokens.create(editor, "Site sync", AccessTokens.Scope.READ, Duration.ofDays(30));
        var admin = signedIn(staff.admin());

        admin.submit("/admin/accounts", "/admin/accounts/" + editor.id() + "/disable", Map.of());
        assertThat(api(token).statusCode()).isEqualTo(401);
        admin.submit("/admin/accounts", "/admin/accounts/" + editor.id() + "/enable", Map.of());

        assertThat(api(token).statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select revoked_at is not null from access_token where staff_id = ?", Boolean.class,
                editor.id())).isTrue();
    }

    private HttpResponse<String> api(String token) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/v1/staff/releases")).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAdminResetsTheFactorsOfAMemberWhoLostThem() {
        var member = signedIn(editor);
        turnOnAuthenticatorApp(member);
        var admin = signedIn(staff.admin());
        assertThat(secondFactorColumn(admin)).startsWith("Yes");

        admin.submit("/admin/accounts", "/admin/accounts/" + editor.id() + "/reset-factors", Map.of());
        assertThat(secondFactorColumn(admin)).isEqualTo("No");

        assertThat(new HttpUser(port).signIn(editor.email(), StaffFixtures.PASSWORD).location()).endsWith("/admin");
        assertThat(jdbc.queryForObject("select count(*) from staff_recovery_code where staff_id = ?", Integer.class,
                editor.id())).isZero();
        assertThat(jdbc.queryForList("select target from audit_event where action = 'account.factors-reset'", String.class))
                .contains(editor.email());
    }

    private List<String> recoveryCodes = List.of();

    /** Starts the app's set-up, reads the key under the QR code, confirms with the app's code; keeps the recovery codes. */
    private String turnOnAuthenticatorApp(HttpUser browser) {
        browser.submit("/admin/account/security", "/admin/account/security/totp", Map.of());
        var page = browser.get("/admin/account/security").html();
        assertThat(page.select(".qr-code svg[role=img]")).hasSize(1);
        String secret = page.selectFirst(".totp-secret").text().replace(" ", "");
        var confirmed = browser.submit("/admin/account/security", "/admin/account/security/totp/confirm",
                Map.of("code", appCode(secret, clock.instant())));
        assertThat(confirmed.location()).contains("/admin/account/security");
        recoveryCodes = browser.get("/admin/account/security").html().select(".recovery-codes code").eachText();
        assertThat(recoveryCodes).hasSize(10).allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        return secret;
    }

    /** What an authenticator app that scanned this secret shows at this moment (RFC 6238: 30 s, 6 digits, SHA-1). */
    private static String appCode(String secret, Instant at) {
        try {
            var app = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
            var key = new SecretKeySpec(new Base32().decode(secret), app.getAlgorithm());
            return String.format(Locale.ROOT, "%06d", app.generateOneTimePassword(key, at));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The accounts list's "Second factor" cell of the editor's row. */
    private String secondFactorColumn(HttpUser admin) {
        return admin.get("/admin/accounts").html().select("tbody tr").stream()
                .filter(row -> row.child(0).text().equals(editor.email())).findFirst().orElseThrow()
                .child(4).text();
    }

    private HttpUser signedIn(Staff member) {
        var browser = new HttpUser(port);
        assertThat(browser.signIn(member.email(), StaffFixtures.PASSWORD).location()).endsWith("/admin");
        return browser;
    }

    private List<String> audit(String action) {
        return jdbc.queryForList("select coalesce(target, '') from audit_event where action = ? and actor = ?", String.class,
                action, editor.email());
    }
}
