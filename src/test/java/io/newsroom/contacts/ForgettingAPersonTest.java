package io.newsroom.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.Staff;
import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.release.model.ReleaseFixtures;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * "Forget this person": afterwards no column of any table holds their address or their name,
 * only the hash on the suppression list, and no campaign mails them again, even after a new import.
 */
@IntegrationTest
class ForgettingAPersonTest {

    private static final String ADDRESS = "jiwoo.kim@daily.example";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    StaffFixtures staff;

    @Autowired
    ReleaseFixtures releases;

    private GreenMail smtp;
    private Staff admin;

    @BeforeEach
    void start() {
        clock.set(TestClockConfiguration.START);
        for (String table : List.of("mail_message", "mail_suppression", "campaign", "contact", "contact_list",
                "subscriber", "inquiry", "preview_link")) {
            jdbc.update("delete from " + table);
        }
        releases.clear();
        admin = staff.admin();
        smtp = new GreenMail(new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void leavesOnlyTheSuppressionHashAndIsNeverMailedAgain() throws Exception {
        // an embargoed release, so that the campaign makes a personal link for each journalist
        var release = releases.publishedIn(Locale.ENGLISH, "results", "Results", "The year.", "Body.",
                clock.instant().plus(Duration.ofDays(1)));
        long list = importList("email,name,outlet\n" + ADDRESS + ",Jiwoo Kim,Korea Daily\nother@paper.example,Other Person,Paper\n");
        long campaign = campaign(release.getId(), list);
        clock.advance(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(15)).until(() -> smtp.getReceivedMessages().length == 2);
        jdbc.update("insert into subscriber (email, categories, status, unsubscribe_token, created_at)"
                + " values (?, '', 'CONFIRMED', 'forget-me-token', now())", ADDRESS);
        jdbc.update("insert into inquiry (reference, name, email, organization, topic, message, status, form_token,"
                + " created_at, updated_at) values ('INQ-FORGET', 'Jiwoo Kim', ?, 'Korea Daily', 'OTHER',"
                + " 'When is the lift?', 'NEW', 'forget-form', now(), now())", ADDRESS);
        assertThat(places(ADDRESS)).as("where the address is before").isNotEmpty();

        long id = jdbc.queryForObject("select id from contact where email = ?", Long.class, ADDRESS);
        assertThat(mvc.post().uri("/admin/contacts/" + id + "/forget").with(user(staff.editor())).with(csrf()).exchange())
                .as("only ADMINs forget people").hasStatus(403);
        assertThat(mvc.post().uri("/admin/contacts/" + id + "/forget").with(user(admin)).with(csrf()).exchange())
                .hasStatus(302);

        assertThat(places(ADDRESS)).as("columns holding the address").isEmpty();
        assertThat(places("Jiwoo Kim")).as("columns holding the name").isEmpty();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ADDRESS.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.queryForList("select address_hash || ' ' || reason from mail_suppression", String.class))
                .containsExactly(hash + " FORGOTTEN");
        assertThat(jdbc.queryForObject("select count(*) from campaign_recipient where campaign_id = ?", Long.class, campaign))
                .as("the campaign's figures still add up").isEqualTo(2);

        // someone imports an old spreadsheet with the address again: it is on the list, but never mailed
        importList("email,name\n" + ADDRESS + ",Jiwoo Kim\n");
        long again = campaign(release.getId(), list);
        clock.advance(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from campaign_recipient where campaign_id = ? and status = 'WAITING'", Long.class, again) == 0);
        await().atMost(Duration.ofSeconds(15)).until(() -> smtp.getReceivedMessages().length == 3);
        assertThat(jdbc.queryForObject("select status from campaign_recipient where campaign_id = ? and email = ?",
                String.class, again, ADDRESS)).isEqualTo("SKIPPED");
    }

    /** Every table and column whose text contains the value, as {@code table.column}. */
    private List<String> places(String value) {
        var found = new ArrayList<String>();
        var columns = jdbc.queryForList("select table_name, column_name from information_schema.columns"
                + " where table_schema = current_schema() and data_type in ('character varying', 'text')");
        for (var column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            Long hits = jdbc.queryForObject("select count(*) from " + table + " where lower(" + name + ") like ?", Long.class,
                    "%" + value.toLowerCase(Locale.ROOT) + "%");
            if (hits > 0) {
                found.add(table + "." + name);
            }
        }
        return found;
    }

    private long importList(String csv) {
        var upload = mvc.post().uri("/admin/contacts/import").with(user(admin)).with(csrf()).multipart()
                .file(new MockMultipartFile("file", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).exchange();
        String preview = upload.getResponse().getRedirectedUrl();
        var request = mvc.post().uri(preview).with(user(admin)).with(csrf()).param("action", "import")
                .param("column[0]", "EMAIL").param("column[1]", "NAME").param("column[2]", "OUTLET");
        if (jdbc.queryForObject("select count(*) from contact_list", Long.class) == 0) {
            request.param("newList", "Daily desk");
        } else {
            request.param("listId", String.valueOf(jdbc.queryForObject("select id from contact_list", Long.class)));
        }
        assertThat(request.exchange()).hasStatus(302);
        return jdbc.queryForObject("select id from contact_list", Long.class);
    }

    private long campaign(long releaseId, long list) {
        var created = mvc.post().uri("/admin/campaigns/new").param("release", String.valueOf(releaseId)).with(user(admin))
                .with(csrf()).param("subject", "Results").param("note", "Dear {{first_name}},").param("listIds",
                        String.valueOf(list)).exchange();
        String location = created.getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(mvc.post().uri("/admin/campaigns/" + id + "/send").with(user(admin)).with(csrf()).param("when", "now")
                .exchange()).hasStatus(302);
        return id;
    }
}
