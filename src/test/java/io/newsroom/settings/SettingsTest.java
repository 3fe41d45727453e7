package io.newsroom.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.newsroom.Html;
import io.newsroom.IntegrationTest;
import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.media.TestImages;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class SettingsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StaffFixtures staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SettingsLookup settings;

    @Autowired
    SettingsFixtures fixtures;

    @AfterEach
    void backToTheDefaults() {
        fixtures.reset();
    }

    @Test
    void explainsEachMistakeNextToItsFieldAndKeepsWhatWasTyped() {
        var page = Html.of(mvc.post().uri("/admin/settings").with(user(staff.admin())).with(csrf())
                .param("companyName", "").param("boilerplate", "About us").param("contactName", "Press")
                .param("contactEmail", "not an email").param("prTeam", "pr@example.com\nnope")
                .param("timeZone", "Mars/Olympus").exchange());

        assertThat(page.select("#companyName-error").text()).isEqualTo("Fill this in.");
        assertThat(page.select("#contactEmail-error").text()).contains("email address");
        assertThat(page.select("#prTeam-error").text()).contains("email addresses");
        assertThat(page.select("#timeZone-error").text()).isEqualTo("Choose a time zone from the list.");
        assertThat(page.selectFirst("#boilerplate").text()).isEqualTo("About us");
        assertThat(page.selectFirst("#prTeam").text()).contains("pr@example.com");
    }

    @Test
    void putsAnUploadedLogoInTheHeader() {
        var result = mvc.post().uri("/admin/settings").multipart()
                .file(new MockMultipartFile("logoFile", "logo.png", "image/png", TestImages.png(400, 100)))
                .with(user(staff.admin())).with(csrf())
                .param("companyName", "MEDICAL IP").param("boilerplate", "About.").param("contactName", "PR")
                .param("contactEmail", "pr@medicalip.example").param("prTeam", "pr@medicalip.example")
                .param("timeZone", "Asia/Seoul").exchange();
        assertThat(result).hasStatus(302);

        var logo = Html.of(mvc.get().uri("/").exchange()).selectFirst(".brand img.brand__logo");

        assertThat(logo).isNotNull();
        assertThat(logo.attr("alt")).isEqualTo("MEDICAL IP");
        assertThat(logo.attr("src")).startsWith("/media/").endsWith(".png");
        String key = logo.attr("src").replaceAll("-\\d+\\.png$", "");
        var library = Html.of(mvc.get().uri("/admin/media").with(user(staff.editor())).exchange());
        assertThat(library.select("li:has(img[src^=" + key + "])").text())
                .as("the media library says where the logo is used").contains("Used as the site logo.");
    }

    @Test
    void refusesAnEmptyForm() {
        var result = mvc.post().uri("/admin/settings").with(user(staff.admin())).with(csrf()).exchange();

        assertThat(result).hasStatusOk();
        assertThat(Html.of(result).select(".field__error")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void showsSavedSettingsOnThePublicPages() {
        var result = mvc.post().uri("/admin/settings").with(user(staff.admin())).with(csrf())
                .param("companyName", "Acme Imaging").param("boilerplate", "Acme makes scanners.")
                .param("contactName", "Acme Press").param("contactEmail", "press@acme.example")
                .param("contactPhone", "").param("prTeam", "a@acme.example, b@acme.example")
                .param("timeZone", "Europe/Berlin").param("translatedBoilerplate[ko]", "애크미는 스캐너를 만듭니다.")
                .param("translatedBoilerplate[fr]", "Pas une langue du site.").exchange();
        assertThat(result).hasStatus(302);

        var home = Html.of(mvc.get().uri("/").exchange());
        assertThat(Html.of(mvc.get().uri("/ko/").exchange()).selectFirst(".site-footer__about p").text())
                .isEqualTo("애크미는 스캐너를 만듭니다.");
        assertThat(settings.current().translatedBoilerplate()).containsOnlyKeys("ko");

        assertThat(home.title()).isEqualTo("Acme Imaging Newsroom");
        assertThat(home.selectFirst(".brand").text()).contains("Acme Imaging");
        assertThat(home.selectFirst(".site-footer").text()).contains("Acme makes scanners.", "press@acme.example");
        assertThat(settings.current().prTeam()).containsExactly("a@acme.example", "b@acme.example");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'settings.changed'",
                Integer.class)).isPositive();
    }
}
