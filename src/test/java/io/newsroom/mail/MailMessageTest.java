package io.newsroom.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The outbox's retry rules, without a database or a mail server. */
class MailMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    private static final Duration FIRST = Duration.ofMinutes(1);
    private static final Duration LONGEST = Duration.ofHours(1);

    private final MailMessage message = new MailMessage(new OutgoingMail("test", "inquiry:1", List.of("a@b.example"),
            null, "Subject", "Text", "<p>HTML</p>"), NOW, Duration.ofHours(24));

    @Test
    void waitsTwiceAsLongAfterEachFailureUpToAnHour() {
        var waits = new ArrayList<Duration>();
        Instant at = NOW;
        for (int i = 0; i < 9; i++) {
            message.failed("timeout", at, FIRST, LONGEST);
            waits.add(Duration.between(at, message.getNextAttemptAt()));
            at = message.getNextAttemptAt();
        }

        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32), LONGEST, LONGEST, LONGEST);
        assertThat(message.getStatus()).isEqualTo(MailStatus.PENDING);
    }

    @Test
    void isFlaggedAsFailedOnceItsNextTryWouldFallAfterItsLastDay() {
        Instant at = NOW;
        while (message.getStatus() == MailStatus.PENDING) {
            message.failed("timeout", at, FIRST, LONGEST);
            at = message.getNextAttemptAt();
        }

        assertThat(at).isAfterOrEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(message.getAttempts()).isBetween(25, 30);
        message.resend(at, Duration.ofHours(24));
        assertThat(message.getStatus()).isEqualTo(MailStatus.PENDING);
    }

    @Test
    void failsAtOnceWhenRefusedForGood() {
        message.refused("550 No such user", NOW);

        assertThat(message.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(message.getAttempts()).isEqualTo(1);
        assertThat(message.getLastError()).isEqualTo("550 No such user");
    }
}
