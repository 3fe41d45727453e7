package io.newsroom.mail;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acts on one report from the bounce mailbox, once however many instances read it: a hard bounce
 * or a complaint suppresses the address; a soft bounce sends the message again later, until
 * {@code soft-bounce-limit}; each is told to the sending feature as a {@link MailReport}.
 */
@Component
class BounceHandling {

    private final MailMessages messages;
    private final Suppressions suppressions;
    private final ApplicationEventPublisher events;
    private final MailProperties properties;
    private final Clock clock;

    BounceHandling(MailMessages messages, Suppressions suppressions, ApplicationEventPublisher events,
                   MailProperties properties, Clock clock) {
        this.messages = messages;
        this.suppressions = suppressions;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** False when the report is about none of our messages (or was read before): it is left in the mailbox. */
    @Transactional
    boolean handle(DeliveryReport report) {
        var message = messageOf(report);
        if (message.isEmpty() || report.type() == DeliveryReport.Type.OTHER) {
            return false;
        }
        if (!report.reportId().isEmpty() && messages.firstReading(report.reportId(), clock.instant()) == 0) {
            return true;
        }
        var about = message.get();
        switch (report.type()) {
            case STATUS -> report.recipients().forEach(recipient -> status(about, recipient));
            case COMPLAINT -> about.to().forEach(address -> {
                suppressions.suppress(address, Suppressions.Reason.COMPLAINED);
                publish(MailReport.Kind.COMPLAINED, about, address, "");
            });
            case REPLY -> publish(MailReport.Kind.REPLIED, about, about.getRecipients(), "");
            default -> {
                return false;
            }
        }
        return true;
    }

    private void status(MailMessage message, DeliveryReport.Recipient recipient) {
        String address = recipient.address().isEmpty() ? message.getRecipients() : recipient.address();
        if (recipient.delivered()) {
            publish(MailReport.Kind.DELIVERED, message, address, "");
        } else if (recipient.hard()) {
            suppressions.suppress(address, Suppressions.Reason.BOUNCED);
            publish(MailReport.Kind.BOUNCED, message, address, recipient.diagnostic());
        } else if (recipient.failed()) {
            if (message.softBounced(clock.instant(), properties.softBounceRetry(), properties.softBounceLimit())) {
                suppressions.suppress(address, Suppressions.Reason.SOFT_BOUNCES);
                publish(MailReport.Kind.BOUNCED, message, address, recipient.diagnostic());
            } else {
                publish(MailReport.Kind.SOFT_BOUNCED, message, address, recipient.diagnostic());
            }
        }
    }

    private void publish(MailReport.Kind kind, MailMessage message, String address, String detail) {
        String words = detail == null ? "" : detail.length() > 200 ? detail.substring(0, 200) : detail;
        events.publishEvent(new MailReport(kind, message.getId(), message.getReference(), address, words));
    }

    /** By the return path's token; else by a quoted Message-ID of ours whose time matches the message's. */
    private Optional<MailMessage> messageOf(DeliveryReport report) {
        if (report.verpToken() != null) {
            var byToken = messages.findByVerpToken(report.verpToken());
            if (byToken.isPresent()) {
                return byToken;
            }
        }
        for (String id : report.aboutIds()) {
            var found = DeliveryReport.idOf(id).flatMap(parts -> messages.findById(parts[0])
                    .filter(m -> m.getCreatedAt().toEpochMilli() == parts[1]));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
