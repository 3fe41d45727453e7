package io.newsroom.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where features put mail. The message is written in the caller's transaction, so it exists
 * exactly when what caused it exists; {@link MailWorker} sends it after the commit.
 */
@Service
public class Outbox {

    private final MailMessages messages;
    private final MailProperties properties;
    private final Clock clock;

    Outbox(MailMessages messages, MailProperties properties, Clock clock) {
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        messages.save(new MailMessage(mail, clock.instant(), properties.keepTrying()));
    }

    /** The delivery state of each message sent under this reference, oldest first. */
    @Transactional(readOnly = true)
    public List<Delivery> sentAs(String reference) {
        return messages.findByReferenceOrderById(reference).stream()
                .map(m -> new Delivery(m.getId(), m.getKind(), m.getRecipients(), m.getSubject(), m.getStatus(),
                        m.getAttempts(), m.getLastError(), m.getSentAt(), m.getNextAttemptAt()))
                .toList();
    }

    /**
     * Another round of attempts for a message sent under this reference whose retries ran out:
     * true when queued again, false when it had not failed, empty when no message of that id was
     * sent under that reference (another inquiry's, or alert mail), so a feature resends only its own.
     */
    @Transactional
    public Optional<Boolean> resend(String reference, long messageId) {
        return messages.findByIdAndReference(messageId, reference).map(m -> {
            if (m.getStatus() != MailStatus.FAILED) {
                return false;
            }
            m.resend(clock.instant(), properties.keepTrying());
            return true;
        });
    }

    public record Delivery(Long id, String kind, String to, String subject, MailStatus status, int attempts,
                           String lastError, Instant sentAt, Instant nextAttemptAt) {

        public boolean isFailed() {
            return status == MailStatus.FAILED;
        }
    }
}
