package io.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.newsroom.HttpUser;
import io.newsroom.IntegrationTest;
import io.newsroom.account.Staff;
import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.settings.SettingsFixtures;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every POST form of the admin, filled in the way a careless or hostile member of staff would: each
 * text field exactly at its limit, then one character over it (or very long where the page sets no
 * limit), and forms with a file sent without one (not even as multipart). Whatever the values, the answer is a page or a message, never a server error.
 */
@IntegrationTest
class BoundaryInputsTest {

    private static final List<String> PAGES = List.of("/admin/releases/new", "/admin/releases/{release}",
            "/admin/categories", "/admin/accounts", "/admin/settings", "/admin/password", "/admin/media",
            "/admin/inquiries/{inquiry}", "/admin/subscribers");

    @LocalServerPort
    int port;

    @Autowired
    StaffFixtures staff;

    @Autowired
    SettingsFixtures settings;

    @Autowired
    JdbcTemplate jdbc;

    private List<Map<String, Object>> categoryNames;

    @BeforeEach
    void rememberTheCategoryNames() {
        categoryNames = jdbc.queryForList("select id, name from category");
    }

    @AfterEach
    void putEverythingBack() {
        settings.reset();
        jdbc.update("delete from inquiry where reference = 'INQ-2026-999999'");
        jdbc.update("delete from press_release where title like 'Boundary release%' or title like '%Ab한%'");
        jdbc.update("delete from category where id not in (select category_id from press_release)"
                + " and id not in (" + String.join(",", categoryNames.stream().map(r -> r.get("id").toString()).toList()) + ")");
        categoryNames.forEach(row -> jdbc.update("update category set name = ? where id = ?", row.get("name"), row.get("id")));
    }

    @Test
    void answersEveryAdminFormAtAndBeyondItsLimitsWithoutAServerError() {
        Staff admin = staff.admin();
        var user = new HttpUser(port);
        staff.forgetFailedSignIns();
        assertThat(user.signIn(admin.email(), StaffFixtures.PASSWORD).location()).isEqualTo("/admin");
        String release = createRelease(user);
        String inquiry = createInquiry();

        var tried = new ArrayList<String>();
        for (String template : PAGES) {
            String page = template.replace("{release}", release).replace("{inquiry}", inquiry);
            var html = user.get(page);
            assertThat(html.status()).as(page).isEqualTo(200);
            for (Element form : html.html().select("form[method=post]")) {
                String action = form.attr("action");
                if (action.isBlank() || action.endsWith("/logout")
                        || form.select(TEXT).isEmpty() && form.select("input[type=file]").isEmpty()) {
                    continue;
                }
                for (boolean over : new boolean[] {false, true}) {
                    var response = user.post(action, fill(form, over));
                    String what = page + " → " + action + (over ? " over" : " at") + " its limits";
                    tried.add(what);
                    assertThat(response.status()).as(what).isLessThan(500);
                    assertThat(response.html().text()).as(what).doesNotContain("Exception", "Whitelabel");
                }
            }
        }
        assertThat(tried).as("forms tried").hasSizeGreaterThan(15);
    }

    private static final AtomicInteger unique = new AtomicInteger();

    private static final String TEXT = "input[type=text], input[type=email], input[type=search], input[type=url],"
            + " input[type=tel], input[type=password], input:not([type]), textarea";

    /** Every field as the browser would send it, with each text field at (or past) its limit. */
    private static Map<String, String> fill(Element form, boolean over) {
        var fields = new LinkedHashMap<String, String>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            String type = input.attr("type");
            if (input.is(TEXT)) {
                int limit = input.hasAttr("maxlength") ? Integer.parseInt(input.attr("maxlength")) : 1_000;
                int length = over ? (input.hasAttr("maxlength") ? limit + 1 : 100_001) : limit;
                fields.put(name, type.equals("email") ? "a".repeat(Math.max(length - 12, 1)) + "@example.com"
                        : (unique.incrementAndGet() + "Ab한".repeat(length / 3 + 1)).substring(0, length));
            } else if (input.tagName().equals("select")) {
                var chosen = input.selectFirst("option[selected]");
                var option = chosen != null ? chosen : input.selectFirst("option");
                fields.put(name, option == null ? "" : option.val());
            } else if (type.equals("checkbox") || type.equals("radio")) {
                if (input.hasAttr("checked")) {
                    fields.put(name, input.val());
                }
            } else if (!type.equals("file")) {
                fields.put(name, input.val());
            }
        }
        var button = form.selectFirst("button[name]");
        if (button != null) {
            fields.put(button.attr("name"), button.val());
        }
        return fields;
    }

    private static String createRelease(HttpUser user) {
        var form = user.get("/admin/releases/new").html();
        var saved = user.post("/admin/releases", Map.of("_csrf", form.selectFirst("input[name=_csrf]").val(),
                "title", "Boundary release", "categoryId", form.selectFirst("#categoryId option[value~=^[0-9]+$]").val(),
                "summary", "A summary", "body", "A body", "action", "save"));
        assertThat(saved.location()).as("the editor saved the release: %s %s", saved.status(),
                        saved.html().select(".field__error, .problem, h1").text()).matches("/admin/releases/\\d+.*");
        return saved.location().replaceAll("/admin/releases/(\\d+).*", "$1");
    }

    private String createInquiry() {
        jdbc.update("insert into inquiry (reference, name, email, organization, topic, message, status, form_token,"
                + " created_at, updated_at) values ('INQ-2026-999999', 'Jiwoo Kim', 'jiwoo@press.example', 'Korea Daily',"
                + " 'OTHER', 'A question', 'NEW', ?, current_timestamp, current_timestamp)", "boundary-" + System.nanoTime());
        return String.valueOf(jdbc.queryForObject("select id from inquiry where reference = 'INQ-2026-999999'", Long.class));
    }
}
