package io.newsroom.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Returns the message's id, by which {@link MailReport}s and {@link #deliveries} name it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(OutgoingMail mail) {
        return messages.save(new MailMessage(mail, clock.instant(), properties.keepTrying())).getId();
    }

    /** Each message sent under this reference, by status: how far a mailing has gone. */
    @Transactional(readOnly = true)
    public Map<MailStatus, Long> countByStatus(String reference) {
        var counts = new EnumMap<MailStatus, Long>(MailStatus.class);
        for (var status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : messages.countByStatus(reference)) {
            counts.put((MailStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The delivery state of these messages, by id. */
    @Transactional(readOnly = true)
    public Map<Long, Delivery> deliveries(Collection<Long> ids) {
        var found = new HashMap<Long, Delivery>();
        if (!ids.isEmpty()) {
            messages.findByIdIn(ids).forEach(m -> found.put(m.getId(), delivery(m)));
        }
        return found;
    }

    /**
     * Messages sent under this reference that have not started to go out are not sent: a stopped
     * campaign. Returns how many; one being sent at this moment still goes.
     */
    @Transactional
    public int cancel(String reference) {
        var now = clock.instant();
        int cancelled = 0;
        for (var message : messages.findByReferenceAndStatus(reference, MailStatus.PENDING)) {
            if (message.cancel(now)) {
                cancelled++;
            }
        }
        return cancelled;
    }

    /** The delivery state of each message sent under this reference, oldest first. */
    @Transactional(readOnly = true)
    public List<Delivery> sentAs(String reference) {
        return messages.findByReferenceOrderById(reference).stream()
                .map(Outbox::delivery).toList();
    }

    private static Delivery delivery(MailMessage m) {
        return new Delivery(m.getId(), m.getKind(), m.getRecipients(), m.getSubject(), m.getStatus(), m.getAttempts(),
                m.getLastError(), m.getSentAt(), m.getNextAttemptAt());
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
