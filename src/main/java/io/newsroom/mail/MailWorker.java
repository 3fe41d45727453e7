package io.newsroom.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, outside any web request and on a thread of its own: a slow or
 * absent SMTP server delays mail, never a page and never another scheduled job (publishing).
 * Each message is claimed first, so that several workers or instances do not send it at the same
 * time, sent within a deadline shorter than the claim, and marked sent in its own transaction
 * right after. Delivery is at least once: if the server took a message but its answer was lost,
 * the retry sends it again, with the same Message-ID, so mail clients recognise the copy.
 */
@Component
class MailWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailWorker.class);
    static final Duration CLAIM = Duration.ofMinutes(2);
    private static final int BATCH = 50;

    private final MailMessages messages;
    private final Outcomes outcomes;
    private final SmtpDelivery smtp;
    private final MailProperties properties;
    private final Clock clock;
    private ScheduledExecutorService thread;
    private volatile boolean stopping;
    /** The message being sent, whose claim shutting down gives back if it cannot wait for it. */
    private volatile Attempt inFlight;

    /** One attempt at one message; once shutting down has given its claim back, its outcome is not recorded. */
    private static final class Attempt {
        private final Long id;
        private volatile boolean givenBack;

        private Attempt(Long id) {
            this.id = id;
        }
    }

    MailWorker(MailMessages messages, Outcomes outcomes, SmtpDelivery smtp, MailProperties properties, Clock clock) {
        if (properties.sendDeadline().compareTo(CLAIM) >= 0) {
            throw new IllegalArgumentException("newsroom.mail.send-deadline must be shorter than the claim, " + CLAIM);
        }
        this.messages = messages;
        this.outcomes = outcomes;
        this.smtp = smtp;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        stopping = false;
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "mail-worker"));
        long every = properties.pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::deliverDueSafely, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes no further message, waits up to {@code newsroom.mail.shutdown-wait} for the one being
     * sent, and otherwise gives its claim back so that another instance can send it at once rather
     * than after the claim runs out.
     */
    @Override
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        stopping = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(properties.shutdownWait().toMillis(), TimeUnit.MILLISECONDS)) {
                var unfinished = inFlight;
                if (unfinished != null) {
                    unfinished.givenBack = true;
                    outcomes.giveBack(unfinished.id);
                    log.info("Mail {} was still being sent at shutdown; its claim is given back", unfinished.id);
                }
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.shutdownNow();
        } catch (RuntimeException e) {
            log.warn("Could not give back the claim of the mail being sent: {}", e.getMessage());
            thread.shutdownNow();
        }
        thread = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    private void deliverDueSafely() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            log.warn("The mail worker could not look for mail to send: {}", e.getMessage());
        }
    }

    /** Sends what is due, a batch at a time, until nothing is left due or the worker stops. */
    void deliverDue() {
        List<Long> due;
        do {
            due = messages.findDue(clock.instant(), Limit.of(BATCH));
            for (Long id : due) {
                if (stopping || Thread.currentThread().isInterrupted()) {
                    return;
                }
                if (outcomes.claim(id)) {
                    var attempt = new Attempt(id);
                    inFlight = attempt;
                    try {
                        deliver(attempt);
                    } finally {
                        if (inFlight == attempt) {
                            inFlight = null;
                        }
                    }
                }
            }
        } while (due.size() == BATCH && !stopping);
    }

    private void deliver(Attempt attempt) {
        Long id = attempt.id;
        var found = outcomes.toSend(id);
        if (found.isEmpty()) {
            return;
        }
        var message = found.get();
        String error = null;
        int permanent = 0;
        try {
            send(message);
        } catch (MailException | MessagingException e) {
            permanent = SmtpDelivery.permanentCode(e);
            // the mail server's own words, kept as it said them: the admin says in staff's language what they mean
            error = permanent > 0 ? SmtpDelivery.reply(e) : e.getMessage();
            log.warn("Mail {} not sent (attempt {}{}): {}", id, message.getAttempts() + 1,
                    permanent > 0 ? ", refused for good" : "", e.getMessage());
        }
        if (attempt.givenBack) {
            return; // shutting down gave the message back: what became of this attempt is not ours to record
        }
        try {
            if (error == null) {
                outcomes.sent(id);
            } else {
                outcomes.failed(id, error, permanent > 0);
            }
        } catch (OptimisticLockingFailureException gone) {
            log.debug("Mail {} was removed while it was being sent", id);
        }
    }

    private void send(MailMessage message) throws MessagingException {
        String messageId = message.messageId(domainOf(properties.from()));
        // the same Message-ID on every attempt, so that a copy sent twice is recognisable as one
        var mime = new MimeMessage(smtp.session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        var helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        for (String to : message.to()) {
            helper.addTo(strict(to));
        }
        if (message.getReplyTo() != null) {
            helper.setReplyTo(strict(message.getReplyTo()));
        }
        helper.setSubject(oneLine(message.getSubject()));
        helper.setText(message.getTextBody(), message.getHtmlBody());
        if (message.getListUnsubscribe() != null) {
            // RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this address
            mime.setHeader("List-Unsubscribe", "<" + oneLine(message.getListUnsubscribe()) + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        smtp.send(mime, properties.sendDeadline(), properties.returnPath(message.getVerpToken()).orElse(null));
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "newsroom.invalid" : address.substring(at + 1);
    }

    /** One address, checked by Jakarta Mail's strict parser: no line breaks, no second recipient. */
    private static InternetAddress strict(String address) throws MessagingException {
        if (address.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new MessagingException("Line break in an address");
        }
        var parsed = new InternetAddress(address, true);
        parsed.validate();
        return parsed;
    }

    /** Header values never carry line breaks, so no text can start a header of its own. */
    static String oneLine(String value) {
        return value.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
