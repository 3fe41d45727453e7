package io.newsroom.mail;

import java.time.Duration;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param from         the sender of every message
 * @param pollInterval how often the worker looks for mail to send
 * @param firstRetry   the wait after the first failure; it doubles after each further one
 * @param longestWait  the longest wait between two attempts
 * @param keepTrying   how long a message is retried before it is flagged as failed
 * @param sendDeadline the longest one SMTP conversation may take, whatever the server does; shorter
 *                     than the two-minute claim, so no other worker takes the message meanwhile
 * @param shutdownWait how long shutting down waits for a message being sent; after it the message's
 *                     claim is given back, for another instance (or the next start) to send it
 * @param bounceAddress the return path of mail to lists (alerts, campaigns), as {@code local@domain}: each
 *                     message goes out as from {@code local+token@domain} (VERP), so that a bounce names
 *                     it. Empty: the sender's address, and bounces are not read
 * @param softBounceLimit after this many soft bounces of one message, its address is suppressed
 * @param softBounceRetry how long after a soft bounce the message is sent again
 * @param bounces      the mailbox that the bounce address delivers to, read over IMAP
 */
@Validated
@ConfigurationProperties("newsroom.mail")
record MailProperties(
        @DefaultValue("newsroom@medicalip.example") @NotBlank @Email String from,
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("PT1H") Duration longestWait,
        @DefaultValue("PT24H") Duration keepTrying,
        @DefaultValue("PT60S") Duration sendDeadline,
        @DefaultValue("PT10S") Duration shutdownWait,
        @DefaultValue("") String bounceAddress,
        @DefaultValue("3") @Min(1) int softBounceLimit,
        @DefaultValue("PT4H") Duration softBounceRetry,
        @DefaultValue @Valid Mailbox bounces) {

    /**
     * @param host     the IMAP server; empty: bounces are not read
     * @param protocol {@code imap} or {@code imaps}
     * @param folder   where bounces arrive; each is deleted once read
     */
    record Mailbox(@DefaultValue("") String host, @DefaultValue("993") int port,
                   @DefaultValue("imaps") @Pattern(regexp = "imaps?") String protocol,
                   @DefaultValue("") String username, @DefaultValue("") String password,
                   @DefaultValue("INBOX") String folder, @DefaultValue("PT1M") Duration pollInterval) {

        boolean isSet() {
            return !host.isBlank();
        }
    }

    /** The return path of a list message with this token: bounces+token@domain (VERP), or empty. */
    Optional<String> returnPath(String token) {
        int at = bounceAddress.lastIndexOf('@');
        if (token == null || at < 1) {
            return Optional.empty();
        }
        return Optional.of(bounceAddress.substring(0, at) + "+" + token + bounceAddress.substring(at));
    }
}
