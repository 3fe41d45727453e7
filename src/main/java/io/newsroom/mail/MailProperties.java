package io.newsroom.mail;

import java.time.Duration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

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
        @DefaultValue("PT10S") Duration shutdownWait) {
}
