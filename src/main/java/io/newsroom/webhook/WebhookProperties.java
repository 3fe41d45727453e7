package io.newsroom.webhook;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param allowedNetworks private networks (CIDR, e.g. {@code 10.20.0.0/16}) that endpoints may
 *                        nevertheless point into; by default only public addresses are allowed
 * @param connectTimeout  the longest wait for a receiver's connection
 * @param responseTimeout the longest silence while waiting for its answer
 * @param deadline        the longest a whole delivery may take, whatever the receiver does
 * @param pollInterval    how often the outbox is looked at
 * @param firstRetry      the wait after the first failure; it is four times longer after each further one
 * @param longestWait     the longest wait between two attempts
 * @param maxAttempts     attempts before a delivery is given up as failed (it can be sent again by hand)
 */
@Validated
@ConfigurationProperties("newsroom.webhooks")
record WebhookProperties(
        @DefaultValue List<String> allowedNetworks,
        @DefaultValue("PT3S") Duration connectTimeout,
        @DefaultValue("PT5S") Duration responseTimeout,
        @DefaultValue("PT10S") Duration deadline,
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("PT30S") Duration firstRetry,
        @DefaultValue("PT12H") Duration longestWait,
        @DefaultValue("8") @Min(1) @Max(20) int maxAttempts) {

    /** The wait before the attempt after {@code attempts} failed ones. */
    Duration waitAfter(int attempts) {
        var wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(4);
        }
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
