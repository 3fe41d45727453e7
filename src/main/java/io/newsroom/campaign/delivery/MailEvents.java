package io.newsroom.campaign.delivery;

import java.time.Clock;

import io.newsroom.campaign.model.Recipients;
import io.newsroom.mail.AddressForgotten;
import io.newsroom.mail.MailReport;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** What the mail module learns of a campaign message, recorded on its recipient; and erasure. */
@Component
class MailEvents {

    private final Recipients recipients;
    private final Clock clock;

    MailEvents(Recipients recipients, Clock clock) {
        this.recipients = recipients;
        this.clock = clock;
    }

    @EventListener
    void on(MailReport report) {
        if (report.reference() == null || !report.reference().startsWith("campaign:")) {
            return;
        }
        recipients.findByMailMessageId(report.messageId()).ifPresent(recipient -> {
            var now = clock.instant();
            switch (report.kind()) {
                case DELIVERED -> recipient.delivered(now);
                case BOUNCED -> recipient.bounced(report.detail(), now);
                case COMPLAINED -> recipient.unsubscribed(now);
                case REPLIED -> recipient.replied(now);
                case SOFT_BOUNCED -> { }
            }
        });
    }

    /** Rows stay, so that campaigns' figures add up; the person's address and name go. */
    @EventListener
    void on(AddressForgotten forgotten) {
        recipients.findByEmail(forgotten.address()).forEach(recipient -> recipient.forgotten());
    }
}
