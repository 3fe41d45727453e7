package io.newsroom.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.TestClockConfiguration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against SMTP servers that misbehave (the test context allows 2 s per read and 4 s per
 * conversation): nothing is sent twice by the worker's own doing, a copy the server took silently
 * carries the same Message-ID as the retry, permanent refusals are not retried, and a stuck server
 * holds back no other scheduled work.
 */
@IntegrationTest
class MailFaultsTest {

    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID: (\\S+)$");

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    TaskScheduler scheduler;

    @Autowired
    MailWorker worker;

    private FakeSmtpServer smtp;

    @BeforeEach
    void emptyOutbox() {
        clock.set(TestClockConfiguration.START);
        jdbc.update("delete from mail_message");
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.close();
        }
    }

    @Test
    void sendsAMessageTheServerTookSilentlyOnceMoreAtItsRetryWithTheSameMessageId() {
        smtp = new FakeSmtpServer(IntegrationTest.SMTP_PORT, FakeSmtpServer.Behaviour.STALL_AFTER_DATA);
        enqueue("reader@press.example");

        // the mail worker's own thread talks to the SMTP server: polled
        await().atMost(Duration.ofSeconds(10)).until(() -> attempts() == 1);
        assertThat(smtp.received()).hasSize(1);
        assertThat(jdbc.queryForObject("select next_attempt_at > ? and claimed_until is null from mail_message",
                Boolean.class, Timestamp.from(clock.instant()))).as("not due again before its retry").isTrue();

        smtp.behave(FakeSmtpServer.Behaviour.ANSWER);
        clock.advance(Duration.ofMinutes(2));

        // the mail worker's own thread talks to the SMTP server: polled
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status()));
        assertThat(smtp.received()).hasSize(2);
        var ids = smtp.received().stream().map(MailFaultsTest::messageId).toList();
        assertThat(ids.get(0)).matches("<newsroom\\.\\d+\\.\\d+@medicalip\\.example>").isEqualTo(ids.get(1));
    }

    @Test
    void givesUpOnADribblingServerAtTheDeadlineAndHoldsBackNoOtherScheduledWork() throws Exception {
        smtp = new FakeSmtpServer(IntegrationTest.SMTP_PORT, FakeSmtpServer.Behaviour.DRIBBLE_GREETING);
        enqueue("reader@press.example");
        // the mail worker's own thread talks to the SMTP server: polled
        await().atMost(Duration.ofSeconds(3)).until(() -> jdbc.queryForObject(
                "select claimed_until is not null from mail_message", Boolean.class));

        var ran = new CountDownLatch(1);
        scheduler.schedule(ran::countDown, Instant.now());
        assertThat(ran.await(2, TimeUnit.SECONDS)).as("other scheduled work (publishing) runs meanwhile").isTrue();

        // the mail worker's own thread talks to the SMTP server: polled
        await().atMost(Duration.ofSeconds(10)).until(() -> attempts() == 1);
        assertThat(jdbc.queryForObject("select last_error from mail_message", String.class))
                .contains("No answer from the mail server within 4 s");
        assertThat(status()).as("tried again later").isEqualTo("PENDING");
    }

    @Test
    void givesBackTheClaimOfTheMessageItIsSendingWhenTheInstanceShutsDown() {
        smtp = new FakeSmtpServer(IntegrationTest.SMTP_PORT, FakeSmtpServer.Behaviour.DRIBBLE_GREETING);
        enqueue("reader@press.example");
        // the mail worker's own thread talks to the SMTP server: polled
        await().atMost(Duration.ofSeconds(3)).until(() -> jdbc.queryForObject(
                "select claimed_until is not null from mail_message", Boolean.class));

        long stopping = System.nanoTime();
        try {
            worker.stop(); // what a graceful shutdown does; the test context waits 1 s for the message
            assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(3));
            assertThat(jdbc.queryForObject("select claimed_until is null and status = 'PENDING' and attempts = 0"
                    + " and next_attempt_at <= ? from mail_message", Boolean.class, Timestamp.from(clock.instant())))
                    .as("due at once for another instance, with no attempt counted").isTrue();
        } finally {
            smtp.behave(FakeSmtpServer.Behaviour.ANSWER);
            worker.start();
        }

        // the mail worker's own thread talks to the SMTP server: polled
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status()));
        assertThat(attempts()).isEqualTo(1);
    }

    @Test
    void failsAPermanentRefusalAtOnceForStaffToSee() {
        smtp = new FakeSmtpServer(IntegrationTest.SMTP_PORT, FakeSmtpServer.Behaviour.REFUSE_RECIPIENT);
        enqueue("nobody@press.example");

        // the mail worker's own thread talks to the SMTP server: polled
        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status()));
        assertThat(attempts()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select last_error from mail_message", String.class)).contains("550");
    }

    private void enqueue(String to) {
        transactions.executeWithoutResult(status -> outbox.enqueue(new OutgoingMail("test.message", null, List.of(to),
                null, "A subject", "Text", "<p>HTML</p>")));
    }

    private int attempts() {
        return jdbc.queryForObject("select attempts from mail_message", Integer.class);
    }

    private String status() {
        return jdbc.queryForObject("select status from mail_message", String.class);
    }

    private static String messageId(String raw) {
        var matcher = MESSAGE_ID.matcher(raw);
        return matcher.find() ? matcher.group(1) : "(none)";
    }
}
