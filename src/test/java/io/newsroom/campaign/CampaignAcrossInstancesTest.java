package io.newsroom.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.OtherInstance;
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
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * One campaign sent by two instances at once, one of which stops in the middle and another that
 * starts later: every recipient gets exactly one message, and the rate holds. Each instance has a
 * clock of its own; the test's instance keeps its clock at the start, so it queues nothing itself.
 */
@IntegrationTest
@TestPropertySource(properties = "newsroom.campaigns.rate-per-minute=120")
class CampaignAcrossInstancesTest {

    private static final int PEOPLE = 50;

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

    @Autowired
    DataSource dataSource;

    private GreenMail smtp;
    private Staff admin;

    @BeforeEach
    void start() {
        clock.set(TestClockConfiguration.START);
        for (String table : List.of("mail_message", "mail_suppression", "campaign", "contact", "contact_list")) {
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
    void twoInstancesAndARestartSendEveryRecipientExactlyOneMessageAtTheSetRate() {
        var release = releases.publishedIn(Locale.ENGLISH, "results", "Results", "The year.", "Body.", clock.instant());
        var steps = new CampaignSteps(mvc, jdbc);
        String csv = "email,name\n" + IntStream.rangeClosed(1, PEOPLE)
                .mapToObj(i -> "reporter" + i + "@press.example,Reporter " + i).collect(Collectors.joining("\n"));
        long list = steps.importList(admin, "Everyone", csv);
        long campaign = steps.campaign(admin, release.getId(), "Results", "", list);
        steps.sendNow(admin, campaign);
        await().atMost(Duration.ofSeconds(10)).until(() -> recipients(campaign) == PEOPLE);

        var b = instance();
        var c = instance();
        try {
            // both see 10 s pass: the rate allows 20, and only one of them queues them
            at(b, 10);
            at(c, 10);
            await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= 20);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> smtp.getReceivedMessages().length == 20);

            b.close(); // stops in the middle of the campaign
            var d = instance();
            try {
                at(c, 20);
                at(d, 20);
                await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= 40);
                at(c, 30);
                at(d, 30);
                await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= PEOPLE);
                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                        .until(() -> smtp.getReceivedMessages().length == PEOPLE);
            } finally {
                d.close();
            }
        } finally {
            b.close();
            c.close();
        }
        Map<String, Long> perRecipient = Arrays.stream(smtp.getReceivedMessages())
                .collect(Collectors.groupingBy(CampaignAcrossInstancesTest::to, Collectors.counting()));
        assertThat(perRecipient).hasSize(PEOPLE).allSatisfy((address, count) -> assertThat(count).as(address).isEqualTo(1));
        assertThat(jdbc.queryForObject("select status from campaign where id = ?", String.class, campaign)).isEqualTo("SENT");
        assertThat(jdbc.queryForList("select queued_at from campaign_recipient where campaign_id = ?", Timestamp.class,
                campaign).stream().filter(t -> t.toInstant().isBefore(TestClockConfiguration.START.plusSeconds(15))).count())
                .as("no more than the rate allowed in the first 10 s").isEqualTo(20);
    }

    private ConfigurableApplicationContext instance() {
        return OtherInstance.start(dataSource, "--newsroom.campaigns.postal-address=MEDICAL IP, Seoul",
                "--newsroom.campaigns.rate-per-minute=120", "--newsroom.campaigns.dispatch-interval=PT0.2S",
                "--newsroom.mail.poll-interval=PT0.2S", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + IntegrationTest.SMTP_PORT, "--newsroom.analytics.enabled=false",
                "--spring.datasource.hikari.minimum-idle=1", "--spring.datasource.hikari.maximum-pool-size=4");
    }

    private static void at(ConfigurableApplicationContext instance, int seconds) {
        instance.getBean(MutableClock.class).set(TestClockConfiguration.START.plusSeconds(seconds));
    }

    private long recipients(long campaign) {
        return jdbc.queryForObject("select count(*) from campaign_recipient where campaign_id = ?", Long.class, campaign);
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
