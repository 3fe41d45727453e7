package io.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.formguard.FormRateLimit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances on one database behind a load balancer without sticky sessions (B and C, started
 * here, each with its own memory; not the test context, whose CSRF filter MockMvc tests rewire).
 * Whatever one instance knows about a visitor or a member of staff, the other knows too.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    StaffFixtures staff;

    @Autowired
    FormRateLimit rateLimit;

    @Autowired
    JdbcTemplate jdbc;

    private ConfigurableApplicationContext instanceB;
    private ConfigurableApplicationContext instanceC;
    private int portB;
    private int portC;

    @BeforeAll
    void startTwoInstances() {
        // no form secret configured on either: the second to start must find the one the first keeps in the database
        instanceB = OtherInstance.start(dataSource, "--newsroom.contact.minimum-fill-time=PT0S");
        instanceC = OtherInstance.start(dataSource, "--newsroom.contact.minimum-fill-time=PT0S");
        portB = OtherInstance.port(instanceB);
        portC = OtherInstance.port(instanceC);
    }

    @AfterAll
    void stopInstances() {
        if (instanceB != null) {
            instanceB.close();
        }
        if (instanceC != null) {
            instanceC.close();
        }
    }

    @BeforeEach
    @AfterEach
    void forgetTheAddress() {
        rateLimit.forgetAll();
        staff.forgetFailedSignIns();
    }

    @Test
    void staffSignedInOnOneInstanceStaySignedInOnTheOtherUntilTheySignOutOnEither() {
        var editor = staff.editor();
        var onB = new HttpUser(portB);
        assertThat(onB.signIn(editor.email(), StaffFixtures.PASSWORD).location()).isEqualTo("/admin");
        var onC = onB.at(portC);

        var admin = onC.get("/admin/releases");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.html().selectFirst("h1").text()).isEqualTo("Releases");

        assertThat(onC.submit("/admin/releases", "/admin/logout", Map.of()).location()).isEqualTo("/admin/login?signed-out");
        assertThat(onB.get("/admin/releases").location()).isEqualTo("/admin/login");
    }

    @Test
    void aContactFormShownByOneInstanceIsReceivedByTheOther() {
        var visitor = new HttpUser(portB);

        var sent = visitor.at(portC).post("/contact", filledIn(visitor.get("/contact"), "across@press.example"));

        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).startsWith("/contact/thanks");
        assertThat(jdbc.queryForObject("select count(*) from inquiry where email = 'across@press.example'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void fiveInquiriesOnOneInstanceUseUpTheAddressesAllowanceOnTheOther() {
        var visitor = new HttpUser(portB);
        var forms = new ArrayList<Map<String, String>>();
        for (int i = 0; i < 6; i++) {
            forms.add(filledIn(visitor.get("/contact"), "often@press.example"));
        }
        for (int i = 0; i < 5; i++) {
            assertThat(visitor.post("/contact", forms.get(i)).status()).as("inquiry %d on B", i + 1).isEqualTo(302);
        }

        var sixthOnC = visitor.at(portC).post("/contact", forms.get(5));

        assertThat(sixthOnC.status()).isEqualTo(429);
        assertThat(sixthOnC.html().selectFirst(".problem").text()).startsWith("You have sent this form several times");
    }

    private static Map<String, String> filledIn(HttpUser.Page form, String email) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("_csrf", form.html().selectFirst("input[name=_csrf]").val());
        fields.put("token", form.html().selectFirst("#token").val());
        fields.putAll(Map.of("name", "Jiwoo Kim", "email", email, "organization", "Korea Daily",
                "topic", "RELEASE", "message", "Asked on one instance, sent to another.", "consent", "true",
                "website", ""));
        return fields;
    }
}
