package io.newsroom.account.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page asked for before signing in comes back from a cookie, which the client may change: only its admin path is used. */
class SignInSessionsTest {

    @Test
    void takesOnlyTheAdminPathAndQueryOfTheSavedAddress() {
        assertThat(SignInSessions.adminPathOf("/admin/releases?status=DRAFT")).isEqualTo("/admin/releases?status=DRAFT");
        assertThat(SignInSessions.adminPathOf("https://evil.example/admin/releases")).isEqualTo("/admin/releases");
        assertThat(SignInSessions.adminPathOf("//evil.example/admin")).isEqualTo("/admin");
        assertThat(SignInSessions.adminPathOf("/admin//evil.example")).isEqualTo("/admin");
        assertThat(SignInSessions.adminPathOf("/news/a-release")).isEqualTo("/admin");
        assertThat(SignInSessions.adminPathOf("/administrator")).isEqualTo("/admin");
        assertThat(SignInSessions.adminPathOf("not a uri ^")).isEqualTo("/admin");
        assertThat(SignInSessions.adminPathOf(null)).isEqualTo("/admin");
    }
}
