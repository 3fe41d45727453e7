package io.newsroom.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;

import io.newsroom.Html;
import io.newsroom.account.Staff;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** What PR staff do to send a release to journalists, as their browser would send it. */
final class CampaignSteps {

    private final MockMvcTester mvc;
    private final JdbcTemplate jdbc;

    CampaignSteps(MockMvcTester mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    /** Imports a CSV onto a new list of this name; returns the list's id. */
    long importList(Staff who, String listName, String csv) {
        var upload = mvc.post().uri("/admin/contacts/import").with(user(who)).with(csrf())
                .multipart().file(new MockMultipartFile("file", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .exchange();
        assertThat(upload).hasStatus(302);
        String preview = upload.getResponse().getRedirectedUrl();
        var confirm = mvc.post().uri(preview).with(user(who)).with(csrf()).param("action", "import")
                .param("newList", listName);
        int columns = csv.lines().findFirst().orElseThrow().split(",").length;
        var headings = csv.lines().findFirst().orElseThrow().split(",");
        for (int i = 0; i < columns; i++) {
            confirm.param("column[" + i + "]", switch (headings[i].strip().toLowerCase()) {
                case "email" -> "EMAIL";
                case "name" -> "NAME";
                case "outlet" -> "OUTLET";
                case "language" -> "LANGUAGE";
                case "tags" -> "TAGS";
                default -> "IGNORE";
            });
        }
        assertThat(confirm.exchange()).hasStatus(302);
        return jdbc.queryForObject("select id from contact_list where name = ?", Long.class, listName);
    }

    /** A campaign of this release to these lists; returns its id. */
    long campaign(Staff who, long releaseId, String subject, String note, long... listIds) {
        var request = mvc.post().uri("/admin/campaigns/new").param("release", String.valueOf(releaseId)).with(user(who))
                .with(csrf()).param("subject", subject).param("note", note).param("trackClicks", "true");
        for (long listId : listIds) {
            request.param("listIds", String.valueOf(listId));
        }
        var created = request.exchange();
        assertThat(created.getResponse().getStatus()).as(() -> Html.of(created).select("main").text()).isEqualTo(302);
        String location = created.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Presses "Send the campaign" (now); returns where it led, or the problem shown. */
    String sendNow(Staff who, long campaignId) {
        var sent = mvc.post().uri("/admin/campaigns/" + campaignId + "/send").with(user(who)).with(csrf())
                .param("when", "now").exchange();
        assertThat(sent).hasStatus(302);
        Object problem = sent.getMvcResult().getFlashMap().get("problem");
        return problem != null ? problem.toString() : sent.getResponse().getRedirectedUrl();
    }
}
