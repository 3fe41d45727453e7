package io.newsroom.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The outbox as operators watch it: {@code newsroom_mail_outbox_pending} (waiting to be sent, the
 * backlog) and {@code newsroom_mail_outbox_failed} (given up on, for staff to look at). Read from
 * the database at each scrape, so every instance reports the same figures.
 */
@Component
class MailMetrics implements MeterBinder {

    private final MailMessages messages;

    MailMetrics(MailMessages messages) {
        this.messages = messages;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("newsroom.mail.outbox.pending", () -> messages.countByStatus(MailStatus.PENDING))
                .description("Mails in the outbox waiting to be sent").register(registry);
        Gauge.builder("newsroom.mail.outbox.failed", () -> messages.countByStatus(MailStatus.FAILED))
                .description("Mails given up on (refused for good, or retried past newsroom.mail.keep-trying)")
                .register(registry);
    }
}
