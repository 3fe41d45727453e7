package io.newsroom.release.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.newsroom.Html;
import io.newsroom.IntegrationTest;
import io.newsroom.account.Staff;
import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.release.model.Category;
import io.newsroom.release.model.ReleaseFixtures;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class CategoriesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StaffFixtures staff;

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private Staff editor;

    @BeforeEach
    void signedIn() {
        fixtures.clear();
        editor = staff.editor();
    }

    @AfterEach
    void onlyTheDefaults() {
        fixtures.clear();
        jdbc.update("delete from release_revision");
        jdbc.update("delete from category where slug in ('investor-relations', 'esg')");
    }

    @Test
    void addsACategoryThatThePublicFilterOffers() {
        var added = post("/admin/categories", "Investor Relations");

        assertThat(pageAfter(added).select(".notice").text()).isEqualTo("Category added.");
        assertThat(Html.of(mvc.get().uri("/").exchange()).select("#filter-category option").eachText())
                .contains("Investor Relations");
        assertThat(mvc.get().uri("/news?category=investor-relations").exchange()).hasStatusOk();
    }

    @Test
    void refusesADuplicateName() {
        var page = Html.of(post("/admin/categories", "award"));

        assertThat(page.select("#name-error").text()).isEqualTo("There is already a category with this name.");
    }

    @Test
    void renamesACategoryEverywhere() {
        post("/admin/categories", "ESG");
        long id = jdbc.queryForObject("select id from category where slug = 'esg'", Long.class);

        post("/admin/categories/" + id + "/rename", "Sustainability");

        assertThat(jdbc.queryForObject("select name from category where id = ?", String.class, id)).isEqualTo("Sustainability");
    }

    @Test
    void explainsARefusedRenameNextToItsFieldKeepingWhatWasTyped() {
        post("/admin/categories", "ESG");
        long id = jdbc.queryForObject("select id from category where slug = 'esg'", Long.class);

        var clash = Html.of(post("/admin/categories/" + id + "/rename", "Award"));
        var empty = Html.of(post("/admin/categories/" + id + "/rename", " "));

        assertThat(clash.select("#name-" + id + "-error").text()).isEqualTo("There is already a category with this name.");
        assertThat(clash.selectFirst("#name-" + id).val()).isEqualTo("Award");
        assertThat(clash.selectFirst("#name-" + id).attr("aria-describedby")).isEqualTo("name-" + id + "-error");
        assertThat(empty.select("#name-" + id + "-error").text()).isEqualTo("A category name needs 1 to 80 characters.");
        assertThat(jdbc.queryForObject("select name from category where id = ?", String.class, id)).isEqualTo("ESG");
    }

    @Test
    void deletesOnlyACategoryNoReleaseUses() {
        fixtures.savedDraft("uses-news", "Uses news");
        long news = jdbc.queryForObject("select id from category where slug = 'news'", Long.class);
        post("/admin/categories", "ESG");
        long esg = jdbc.queryForObject("select id from category where slug = 'esg'", Long.class);

        var refused = post("/admin/categories/" + news + "/delete", null);
        var deleted = post("/admin/categories/" + esg + "/delete", null);

        assertThat(pageAfter(refused).select(".problem").text())
                .startsWith("This category is used by 1 release(s) or their history, so it cannot be deleted.");
        assertThat(pageAfter(deleted).select(".notice").text()).isEqualTo("Category deleted.");
        assertThat(jdbc.queryForList("select slug from category", String.class)).contains("news").doesNotContain("esg");
    }

    private MvcTestResult post(String path, String name) {
        var request = mvc.post().uri(path).with(user(editor)).with(csrf());
        if (name != null) {
            request.param("name", name);
        }
        return request.exchange();
    }

    private Document pageAfter(MvcTestResult result) {
        assertThat(result).hasStatus(302);
        return Html.of(mvc.get().uri(result.getResponse().getRedirectedUrl())
                .cookie(result.getResponse().getCookie("JSESSIONID")).with(user(editor)).exchange());
    }
}
