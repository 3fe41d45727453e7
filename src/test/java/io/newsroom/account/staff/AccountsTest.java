package io.newsroom.account.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.newsroom.HttpUser;
import io.newsroom.IntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An ADMIN manages staff accounts through the admin, over real HTTP. */
@IntegrationTest
class AccountsTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffFixtures staff;

    private HttpUser admin;

    @BeforeEach
    void signedInAdmin() {
        staff.forgetFailedSignIns();
        var account = staff.admin();
        admin = new HttpUser(port);
        admin.signIn(account.email(), StaffFixtures.PASSWORD);
    }

    @Test
    void createsAnEditorWhoCanSignIn() {
        String email = "new.editor." + System.nanoTime() + "@test.example";

        var created = admin.submit("/admin/accounts", "/admin/accounts", Map.of("email", email,
                "displayName", "New Editor", "role", "EDITOR", "password", "lantern harbour quietly"));

        assertThat(created.location()).isEqualTo("/admin/accounts");
        assertThat(admin.get("/admin/accounts").html().select("tbody td").eachText()).contains(email, "New Editor");
        var editor = new HttpUser(port);
        assertThat(editor.signIn(email, "lantern harbour quietly").location()).isEqualTo("/admin");
        assertThat(editor.get("/admin/accounts").status()).isEqualTo(403);
    }

    @Test
    void explainsAWeakPasswordOrATakenEmailNextToTheField() {
        var existing = staff.editor();

        var page = admin.submit("/admin/accounts", "/admin/accounts", Map.of("email", existing.email(),
                "displayName", "Someone", "role", "EDITOR", "password", "password1234")).html();

        assertThat(page.select("#email-error").text()).isEqualTo("There is already an account with this email.");
        assertThat(page.select("#password-error").text()).startsWith("This password is too common");
        assertThat(page.selectFirst("#displayName").val()).isEqualTo("Someone");
    }

    @Test
    void changingARoleEndsThatPersonsSession() {
        var editor = staff.editor();
        var editorBrowser = new HttpUser(port);
        editorBrowser.signIn(editor.email(), StaffFixtures.PASSWORD);

        admin.submit("/admin/accounts", "/admin/accounts/" + editor.id() + "/role", Map.of("role", "ADMIN"));

        assertThat(editorBrowser.get("/admin").location()).isEqualTo("/admin/login?expired");
        var again = new HttpUser(port);
        again.signIn(editor.email(), StaffFixtures.PASSWORD);
        assertThat(again.get("/admin/accounts").status()).isEqualTo(200);
    }
}
