package io.newsroom.account.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.newsroom.HttpUser;
import io.newsroom.NewsroomTest;
import io.newsroom.account.Role;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member of staff works in the language they chose, on their account page or with the header's
 * switch; until they choose, their browser's among the newsroom's. The public site is not touched:
 * its language comes from its address alone.
 */
class WorkingLanguageTest extends NewsroomTest {

    @LocalServerPort
    int port;

    @Test
    void untilTheyChooseTheAdminSpeaksTheBrowsersLanguage() {
        var korean = signedIn("ko-KR,ko;q=0.9,en;q=0.5");
        var page = korean.get("/admin").html();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ko");
        // the inquiries link carries the number of new ones, if other tests left any
        assertThat(page.select(".admin-nav a").eachText()).contains("보도자료", "미디어")
                .anyMatch(link -> link.equals("문의") || link.matches("문의 \\d+"));
        var missing = korean.get("/admin/releases/999999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.html().selectFirst("html").attr("lang")).as("an admin page's error page too").isEqualTo("ko");

        var english = signedIn("en-US,en;q=0.9");
        assertThat(english.get("/admin").html().selectFirst("html").attr("lang")).isEqualTo("en");

        var other = signedIn("fr-FR,fr");
        assertThat(other.get("/admin").html().selectFirst("html").attr("lang")).as("the newsroom's default").isEqualTo("en");
    }

    @Test
    void theChoiceHoldsWhateverTheBrowserSaysAndTheSwitchComesBackToThePage() {
        var user = signedIn("en-US,en");
        var switched = user.submit("/admin/releases/new", "/admin/account/language",
                Map.of("language", "ko", "back", "/admin/releases/new"));
        assertThat(switched.location()).isEqualTo("/admin/releases/new");

        var page = user.get("/admin/releases/new").html();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ko");
        assertThat(page.selectFirst("h1").text()).isEqualTo("새 보도자료");
        assertThat(page.select(".admin-language [aria-pressed=true]").text()).isEqualTo("한국어");
        assertThat(user.get("/admin/account").html().selectFirst("input[name=language][value=ko]").hasAttr("checked")).isTrue();

        assertThat(user.get("/").html().selectFirst("html").attr("lang")).as("the public site keeps its address's language")
                .isEqualTo("en");

        user.submit("/admin/account", "/admin/account/language", Map.of("language", "", "back", "/admin/account"));
        assertThat(user.get("/admin").html().selectFirst("html").attr("lang")).as("back to the browser's").isEqualTo("en");
    }

    @Test
    void refusesALanguageTheNewsroomDoesNotSpeakAndNeverGoesBackOffTheAdmin() {
        var user = signedIn("en");
        assertThat(user.submit("/admin/account", "/admin/account/language", Map.of("language", "fr")).status()).isEqualTo(400);
        for (String away : new String[] {"https://evil.example/", "//evil.example/admin", "/news/a", "/admin\\@evil.example"}) {
            assertThat(user.submit("/admin/account", "/admin/account/language", Map.of("language", "ko", "back", away)).location())
                    .as(away).isEqualTo("/admin/account");
        }
    }

    private HttpUser signedIn(String acceptLanguage) {
        var member = staff.create(Role.EDITOR);
        var user = new HttpUser(port).header("Accept-Language", acceptLanguage);
        user.signIn(member.email(), StaffFixtures.PASSWORD);
        return user;
    }
}
