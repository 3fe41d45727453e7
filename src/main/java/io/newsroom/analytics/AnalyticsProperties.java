package io.newsroom.analytics;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param enabled       count views, downloads and searches (no cookie, no IP address kept)
 * @param flushInterval how often an instance writes what it counted: what a killed instance loses at most
 * @param keepDays      how long daily figures are kept as they are; older ones are summed into months
 * @param maxKeys       the most distinct counters an instance holds between two writes (memory bound);
 *                      further ones wait for the next interval
 */
@Validated
@ConfigurationProperties("newsroom.analytics")
record AnalyticsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT10S") Duration flushInterval,
        @DefaultValue("395") @Min(31) int keepDays,
        @DefaultValue("50000") @Min(100) int maxKeys) {
}
