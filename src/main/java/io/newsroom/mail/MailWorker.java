package io.newsroom.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sends what the outbox holds, outside any web request: a slow or absent SMTP server delays mail,
 * never a page. Each message is claimed first, so that several workers or instances never send
 * one twice, and marked sent in its own transaction right after.
 */
@Component
class MailWorker {

    private static final Logger log = LoggerFactory.getLogger(MailWorker.class);
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private final MailMessages messages;
    private final JavaMailSender sender;
    private final MailProperties properties;
    private final TransactionOperations transactions;
    private final Clock clock;

    MailWorker(MailMessages messages, JavaMailSender sender, MailProperties properties,
               TransactionOperations transactions, Clock clock) {
        this.messages = messages;
        this.sender = sender;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${newsroom.mail.poll-interval:PT5S}")
    void deliverDue() {
        var due = messages.findDue(clock.instant(), Limit.of(50));
        for (Long id : due) {
            Boolean claimed = transactions.execute(status ->
                    messages.claim(id, clock.instant(), clock.instant().plus(CLAIM)) == 1);
            if (Boolean.TRUE.equals(claimed)) {
                deliver(id);
            }
        }
    }

    private void deliver(Long id) {
        var found = messages.findById(id);
        if (found.isEmpty()) {
            return;
        }
        var message = found.get();
        String error = null;
        try {
            send(message);
        } catch (MailException | MessagingException e) {
            error = e.getMessage();
            log.warn("Mail {} not sent (attempt {}): {}", id, message.getAttempts() + 1, e.getMessage());
        }
        String failure = error;
        try {
            transactions.executeWithoutResult(status -> messages.findById(id).ifPresent(current -> {
                if (failure == null) {
                    current.sent(clock.instant());
                } else {
                    current.failed(failure, clock.instant(), properties.firstRetry(), properties.longestWait());
                }
            }));
        } catch (OptimisticLockingFailureException gone) {
            log.debug("Mail {} was removed while it was being sent", id);
        }
    }

    private void send(MailMessage message) throws MessagingException {
        var mime = sender.createMimeMessage();
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
        sender.send(mime);
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
