package io.newsroom.mail;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worker's transactions: claiming a message, and recording what became of it, each in a
 * transaction of its own. A list message refused for good suppresses its address, as a bounce does.
 */
@Component
class Outcomes {

    private final MailMessages messages;
    private final Suppressions suppressions;
    private final ApplicationEventPublisher events;
    private final MailProperties properties;
    private final Clock clock;

    Outcomes(MailMessages messages, Suppressions suppressions, ApplicationEventPublisher events,
             MailProperties properties, Clock clock) {
        this.messages = messages;
        this.suppressions = suppressions;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Takes a message for this worker; false when another has it, or it is no longer pending. */
    @Transactional
    boolean claim(Long id) {
        var now = clock.instant();
        return messages.claim(id, now, now.plus(MailWorker.CLAIM)) == 1;
    }

    @Transactional
    void giveBack(Long id) {
        messages.release(id);
    }

    /**
     * The claimed message, ready to send; empty when it is gone, or when it is list mail to a
     * suppressed address, which is then marked so and never sent.
     */
    @Transactional
    Optional<MailMessage> toSend(Long id) {
        return messages.findById(id).filter(message -> {
            if (message.isBulk() && message.to().stream().anyMatch(suppressions::isSuppressed)) {
                message.suppressed(clock.instant());
                return false;
            }
            return true;
        });
    }

    @Transactional
    void sent(Long id) {
        messages.findById(id).ifPresent(message -> message.sent(clock.instant()));
    }

    @Transactional
    void failed(Long id, String error, boolean forGood) {
        messages.findById(id).ifPresent(message -> {
            if (!forGood) {
                message.failed(error, clock.instant(), properties.firstRetry(), properties.longestWait());
                return;
            }
            message.refused(error, clock.instant());
            if (message.isBulk()) {
                // the server said this address does not take mail: as a bounce, never again
                message.to().forEach(address -> suppressions.suppress(address, Suppressions.Reason.BOUNCED));
                events.publishEvent(new MailReport(MailReport.Kind.BOUNCED, message.getId(), message.getReference(),
                        message.getRecipients(), error));
            }
        });
    }
}
