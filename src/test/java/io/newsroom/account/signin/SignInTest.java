package io.newsroom.account.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.newsroom.HttpUser;
import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.RawHttp;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.model.StaffAccount;
import io.newsroom.account.staff.StaffFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Signing in and out over real HTTP, as a browser does it. */
@IntegrationTest
class SignInTest {

    private static final String FAILED = "That email and password do not match";

    @LocalServerPort
    int port;

    @Autowired
    StaffFixtures staff;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignInThrottle throttle;

    @BeforeEach
    void startOfDay() {
        clock.set(TestClockConfiguration.START);
        throttle.forgetAll();
    }

    /** Password managers fill it as the account's name; the HTML standard allows "username" on a text field only. */
    @Test
    void theEmailFieldIsTheUsernamePasswordManagersFill() {
        var field = new HttpUser(port).get("/admin/login").html().selectFirst("#email");

        assertThat(field.attr("type")).isEqualTo("text");
        assertThat(field.attr("autocomplete")).isEqualTo("username");
        assertThat(field.attr("inputmode")).isEqualTo("email");
    }

    @Test
    void slowsDownAnAddressThatFailsAcrossManyAccounts() {
        var editor = staff.editor();
        for (int i = 0; i < SignInThrottle.FAILURES; i++) {
            new HttpUser(port).signIn("guess" + i + "@test.example", "wrong password " + i);
        }

        var user = new HttpUser(port);
        var response = user.signIn(editor.email(), StaffFixtures.PASSWORD);

        assertThat(response.location()).isEqualTo("/admin/login?throttled");
        assertThat(user.get(response.location()).html().selectFirst(".problem").text())
                .startsWith("Too many failed sign-ins came from your network.");
        assertThat(user.get("/admin").status()).isEqualTo(302);
    }

    @Test
    void ignoresForwardedForFromAPeerThatIsNotAConfiguredProxy() {
        var editor = staff.editor();
        for (int i = 0; i < SignInThrottle.FAILURES; i++) {
            new HttpUser(port).header("X-Forwarded-For", "203.0.113." + i)
                    .signIn("spoof" + i + "@test.example", "wrong password " + i);
        }

        var response = new HttpUser(port).header("X-Forwarded-For", "198.51.100.7")
                .signIn(editor.email(), StaffFixtures.PASSWORD);

        assertThat(response.location()).as("still the same address, so throttled").isEqualTo("/admin/login?throttled");
        assertThat(jdbc.queryForList("select distinct ip from audit_event where actor like 'spoof%@test.example'",
                String.class)).as("the audit log records the real peer").containsExactly("127.0.0.1");
    }

    @Test
    void redirectsToSignInOnThisSiteWhateverHostTheRequestNames() {
        var response = RawHttp.get(port, "/admin", "Host: evil.example", "X-Forwarded-Host: evil.example",
                "X-Forwarded-Proto: https");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.headers()).contains("Location: /admin/login").doesNotContain("evil.example");
    }

    @Test
    void signsInWithANewSessionIdAndReachesTheAdmin() {
        var editor = staff.editor();
        var user = new HttpUser(port);
        user.get("/admin/login");
        String before = user.sessionId();

        var signedIn = user.signIn(editor.email(), StaffFixtures.PASSWORD);

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).isEqualTo("/admin");
        assertThat(user.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(user.get("/admin").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select last_sign_in_at is not null from staff_account where id = ?",
                Boolean.class, editor.id())).isTrue();
    }

    @Test
    void givesTheSameAnswerForAnUnknownEmailAWrongPasswordAndALockedAccount() {
        var editor = staff.editor();
        var locked = staff.editor();
        for (int i = 0; i < StaffAccount.FAILURES_BEFORE_LOCK; i++) {
            new HttpUser(port).signIn(locked.email(), "wrong password " + i);
        }

        var unknown = failedPageFor("nobody@test.example", "whatever password");
        var wrong = failedPageFor(editor.email(), "not the password at all");
        var lockedOut = failedPageFor(locked.email(), StaffFixtures.PASSWORD);

        assertThat(unknown).contains(FAILED).isEqualTo(wrong).isEqualTo(lockedOut);
    }

    @Test
    void keepsTheTypedEmailAfterAFailure() {
        var user = new HttpUser(port);
        var failed = user.signIn("someone@test.example", "wrong password here");

        var form = user.get(failed.location()).html();

        assertThat(form.selectFirst("input[name=email]").val()).isEqualTo("someone@test.example");
    }

    @Test
    void locksAnAccountAfterFiveFailuresForAGrowingTime() {
        var editor = staff.editor();
        for (int i = 0; i < StaffAccount.FAILURES_BEFORE_LOCK; i++) {
            assertThat(new HttpUser(port).signIn(editor.email(), "wrong " + i).location()).isEqualTo("/admin/login?error");
        }

        assertThat(new HttpUser(port).signIn(editor.email(), StaffFixtures.PASSWORD).location())
                .isEqualTo("/admin/login?error");

        clock.advance(StaffAccount.FIRST_LOCK.plusSeconds(1));
        new HttpUser(port).signIn(editor.email(), "wrong again");
        clock.advance(StaffAccount.FIRST_LOCK.plusSeconds(1));
        assertThat(new HttpUser(port).signIn(editor.email(), StaffFixtures.PASSWORD).location())
                .as("the second lock lasts twice as long").isEqualTo("/admin/login?error");

        clock.advance(StaffAccount.FIRST_LOCK);
        assertThat(new HttpUser(port).signIn(editor.email(), StaffFixtures.PASSWORD).location()).isEqualTo("/admin");
    }

    @Test
    void keepsTheLockInTheDatabase() {
        var editor = staff.editor();
        for (int i = 0; i < StaffAccount.FAILURES_BEFORE_LOCK; i++) {
            new HttpUser(port).signIn(editor.email(), "wrong " + i);
        }

        var lockedUntil = jdbc.queryForObject("select locked_until from staff_account where id = ?",
                Instant.class, editor.id());

        assertThat(lockedUntil).isEqualTo(clock.instant().plus(StaffAccount.FIRST_LOCK));
    }

    @Test
    void refusesASignInWithoutTheFormsToken() {
        var editor = staff.editor();
        var user = new HttpUser(port);

        var response = user.post("/admin/login", Map.of("email", editor.email(), "password", StaffFixtures.PASSWORD));

        assertThat(response.status()).isEqualTo(403);
        assertThat(user.get("/admin").status()).isEqualTo(302);
    }

    @Test
    void signingOutEndsTheSession() {
        var editor = staff.editor();
        var user = new HttpUser(port);
        user.signIn(editor.email(), StaffFixtures.PASSWORD);

        var signedOut = user.submit("/admin", "/admin/logout", Map.of());

        assertThat(signedOut.location()).isEqualTo("/admin/login?signed-out");
        assertThat(user.get("/admin").location()).isEqualTo("/admin/login");
    }

    @Test
    void disablingAnAccountEndsItsLiveSessions() {
        var editor = staff.editor();
        var user = new HttpUser(port);
        user.signIn(editor.email(), StaffFixtures.PASSWORD);
        assertThat(user.get("/admin").status()).isEqualTo(200);

        staff.disable(editor);

        assertThat(user.get("/admin").location()).isEqualTo("/admin/login?expired");
        assertThat(user.get("/admin").location()).isEqualTo("/admin/login");
        assertThat(new HttpUser(port).signIn(editor.email(), StaffFixtures.PASSWORD).location())
                .isEqualTo("/admin/login?error");
    }

    @Test
    void changingThePasswordEndsOtherSessions() {
        var editor = staff.editor();
        var laptop = new HttpUser(port);
        var phone = new HttpUser(port);
        laptop.signIn(editor.email(), StaffFixtures.PASSWORD);
        phone.signIn(editor.email(), StaffFixtures.PASSWORD);

        var changed = laptop.submit("/admin/password", "/admin/password", Map.of("currentPassword",
                StaffFixtures.PASSWORD, "newPassword", "another quite long passphrase", "repeatPassword",
                "another quite long passphrase"));

        assertThat(changed.location()).isEqualTo("/admin/login?password-changed");
        assertThat(phone.get("/admin").location()).isEqualTo("/admin/login?expired");
        assertThat(new HttpUser(port).signIn(editor.email(), "another quite long passphrase").location())
                .isEqualTo("/admin");
    }

    @Test
    void explainsWhatIsWrongWithANewPasswordAndKeepsTheSessionOpen() {
        var editor = staff.editor();
        var user = new HttpUser(port);
        user.signIn(editor.email(), StaffFixtures.PASSWORD);

        var page = user.submit("/admin/password", "/admin/password", Map.of("currentPassword", "not my password",
                "newPassword", "short", "repeatPassword", "different")).html();

        assertThat(page.select(".field__error").eachText()).containsExactly(
                "This is not your current password.", "Use at least 12 characters.", "The two new passwords differ.");
        assertThat(user.get("/admin").status()).isEqualTo(200);
    }

    @Test
    void countsWrongCurrentPasswordsTowardTheAccountsLock() {
        var editor = staff.editor();
        var thief = new HttpUser(port);
        thief.signIn(editor.email(), StaffFixtures.PASSWORD);
        for (int i = 0; i < StaffAccount.FAILURES_BEFORE_LOCK; i++) {
            assertThat(changePassword(thief, "guess number " + i)).contains("This is not your current password.");
        }

        assertThat(changePassword(thief, StaffFixtures.PASSWORD))
                .as("even the right password is not checked while locked")
                .contains("Too many wrong passwords were tried.");
        assertThat(new HttpUser(port).signIn(editor.email(), StaffFixtures.PASSWORD).location())
                .isEqualTo("/admin/login?error");
        assertThat(jdbc.queryForObject("select locked_until from staff_account where id = ?", Instant.class,
                editor.id())).isEqualTo(clock.instant().plus(StaffAccount.FIRST_LOCK));
    }

    @Test
    void countsEveryOneOfManyConcurrentFailuresWithoutAnError() throws Exception {
        var editor = staff.editor();
        int attempts = 12;
        var statuses = new CopyOnWriteArrayList<Integer>();
        var pool = Executors.newFixedThreadPool(attempts);
        var start = new CountDownLatch(1);
        for (int i = 0; i < attempts; i++) {
            int n = i;
            pool.submit(() -> {
                start.await();
                return statuses.add(new HttpUser(port).signIn(editor.email(), "wrong password " + n).status());
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        // a few hashes run at once and a few wait; the rest are told "busy" at once, and are no guess
        assertThat(statuses).hasSize(attempts).containsOnly(302, 503);
        assertThat(statuses.stream().filter(status -> status == 302).count()).isGreaterThanOrEqualTo(StaffAccount.FAILURES_BEFORE_LOCK);
        assertThat(jdbc.queryForObject("select failed_sign_ins from staff_account where id = ?", Integer.class,
                editor.id())).as("failures counted until the lock; none while locked").isEqualTo(StaffAccount.FAILURES_BEFORE_LOCK);
        assertThat(jdbc.queryForObject("select locked_until is not null from staff_account where id = ?",
                Boolean.class, editor.id())).isTrue();
    }

    private String changePassword(HttpUser user, String current) {
        return user.submit("/admin/password", "/admin/password", Map.of("currentPassword", current,
                "newPassword", "another quite long passphrase", "repeatPassword", "another quite long passphrase"))
                .html().select(".field__error").text();
    }

    private String failedPageFor(String email, String password) {
        var user = new HttpUser(port);
        var response = user.signIn(email, password);
        assertThat(response.location()).isEqualTo("/admin/login?error");
        return user.get(response.location()).html().selectFirst(".problem").text();
    }
}
