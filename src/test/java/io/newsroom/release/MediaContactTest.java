package io.newsroom.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.newsroom.Html;
import io.newsroom.NewsroomTest;
import io.newsroom.account.Staff;

import tools.jackson.databind.json.JsonMapper;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A release can name its own media contact (a partner's); the page, the PDF and the JSON-LD show it. */
class MediaContactTest extends NewsroomTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Staff editor;
    private long mou;

    @BeforeEach
    void anEditor() {
        editor = staff.editor();
        mou = jdbc.queryForObject("select id from category where slug = 'mou'", Long.class);
    }

    @Test
    void aCoAnnouncedReleaseShowsItsOwnContactOnThePagePdfAndStructuredData() throws Exception {
        assertThat(publish("Joint MOU with Seoul Hospital", "Kim Min-ji, Seoul Hospital", "press@seoulhospital.example",
                "+82 2 2072 0000")).hasStatus(302);

        var page = Html.of(mvc.get().uri("/news/joint-mou-with-seoul-hospital").exchange());
        assertThat(page.selectFirst("section.contact").text())
                .contains("Kim Min-ji, Seoul Hospital", "press@seoulhospital.example", "+82 2 2072 0000")
                .doesNotContain("pr@medicalip.example");
        var article = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        var point = article.get("publisher").get("contactPoint");
        assertThat(point.get("@type").asString()).isEqualTo("ContactPoint");
        assertThat(point.get("email").asString()).isEqualTo("press@seoulhospital.example");
        assertThat(point.get("name").asString()).isEqualTo("Kim Min-ji, Seoul Hospital");
        assertThat(point.get("telephone").asString()).isEqualTo("+82 2 2072 0000");

        var pdf = mvc.get().uri("/news/joint-mou-with-seoul-hospital.pdf").exchange();
        try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Kim Min-ji, Seoul Hospital", "press@seoulhospital.example");
        }
    }

    @Test
    void aReleaseWithoutItsOwnContactShowsTheSites() throws Exception {
        assertThat(publish("Our own news", "", "", "")).hasStatus(302);

        var page = Html.of(mvc.get().uri("/news/our-own-news").exchange());
        assertThat(page.selectFirst("section.contact").text()).contains("PR Team, MEDICAL IP", "pr@medicalip.example");
        var article = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(article.get("publisher").get("contactPoint").get("email").asString()).isEqualTo("pr@medicalip.example");
    }

    @Test
    void aContactNeedsANameAndAValidAddressAndNothingIsLost() {
        var page = Html.of(publish("Half a contact", "Kim Min-ji", "", ""));
        assertThat(page.select("#contactEmail-error").text()).startsWith("Give the contact's email address");
        assertThat(page.selectFirst("#contactName").val()).isEqualTo("Kim Min-ji");

        var invalid = Html.of(publish("Bad address", "Kim Min-ji", "not an address", "call me"));
        assertThat(invalid.select("#contactEmail-error").text()).isNotBlank();
        assertThat(invalid.select("#contactPhone-error").text()).isEqualTo("Use digits, spaces and + ( ) . / - only.");
        assertThat(jdbc.queryForObject("select count(*) from press_release", Integer.class)).isZero();
    }

    private MvcTestResult publish(String title, String name, String email, String phone) {
        return mvc.post().uri("/admin/releases").with(user(editor)).with(csrf())
                .param("title", title).param("categoryId", String.valueOf(mou)).param("summary", "A summary")
                .param("body", "A body").param("contactName", name).param("contactEmail", email)
                .param("contactPhone", phone).param("action", "publish").exchange();
    }
}
