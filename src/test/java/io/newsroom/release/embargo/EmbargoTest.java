package io.newsroom.release.embargo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;

import io.newsroom.Html;
import io.newsroom.NewsroomTest;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The life of an embargoed preview link: works, counts its use, stops when revoked, redirects once public. */
class EmbargoTest extends NewsroomTest {

    private Staff editor;
    private long id;

    @BeforeEach
    void aScheduledRelease() {
        editor = staff.editor();
        // 2026-06-02 09:00 in Seoul
        id = fixtures.scheduled("embargoed", "Embargoed news", TestClockConfiguration.START.plus(Duration.ofHours(21)))
                .getId();
    }

    @Test
    void showsTheReleaseUnderEmbargoToWhoeverHasTheLink() {
        String token = createLink("Korea Daily");

        var result = mvc.get().uri("/news/preview/" + token).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader("X-Robots-Tag")).contains("noindex");
        var page = Html.of(result);
        assertThat(page.selectFirst("article h1").text()).isEqualTo("Embargoed news");
        assertThat(page.selectFirst(".embargo-banner").text()).startsWith("EMBARGOED until Jun 2, 2026, 09:00 (Asia/Seoul)");
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(mvc.get().uri("/news/embargoed").exchange()).as("still not public").hasStatus(404);
        assertThat(jdbc.queryForObject("select use_count from preview_link where token = ?", Integer.class, token))
                .isEqualTo(1);
        assertThat(Html.of(mvc.get().uri("/admin/releases/" + id).with(user(editor)).exchange())
                .select(".revisions").text()).contains("Korea Daily", "Opened once");
    }

    @Test
    void stopsWorkingWhenRevoked() {
        String token = createLink("Lisbon Post");
        long link = jdbc.queryForObject("select id from preview_link where token = ?", Long.class, token);

        assertThat(mvc.post().uri("/admin/releases/" + id + "/preview-links/" + link + "/revoke")
                .with(user(editor)).with(csrf()).exchange()).hasStatus(302);

        assertThat(mvc.get().uri("/news/preview/" + token).exchange()).hasStatus(404);
    }

    @Test
    void leadsToThePublicPageOnceTheEmbargoEnds() {
        String token = createLink("Korea Daily");

        clock.advance(Duration.ofHours(21));

        var result = mvc.get().uri("/news/preview/" + token).exchange();
        assertThat(result).hasStatus(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/news/embargoed");
    }

    @Test
    void refusesMadeUpAndMalformedTokens() {
        assertThat(mvc.get().uri("/news/preview/" + "x".repeat(32)).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/news/preview/not a token").exchange()).hasStatus(404);
        assertThat(mvc.post().uri("/admin/releases/" + id + "/preview-links").with(csrf()).param("label", "x")
                .exchange()).as("only staff make links").hasStatus(302);
        assertThat(jdbc.queryForObject("select count(*) from preview_link", Integer.class)).isZero();
    }

    private String createLink(String label) {
        assertThat(mvc.post().uri("/admin/releases/" + id + "/preview-links").with(user(editor)).with(csrf())
                .param("label", label).exchange()).hasStatus(302);
        return jdbc.queryForObject("select token from preview_link where label = ? order by id desc", String.class, label);
    }
}
