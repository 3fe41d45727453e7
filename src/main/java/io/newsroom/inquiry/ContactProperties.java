package io.newsroom.inquiry;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param formSecret      signs form tokens; set the same value on every instance (unset: random per start)
 * @param minimumFillTime a form sent back sooner than this after it was shown is refused as a bot's
 * @param formLifetime    how long a shown form stays valid
 * @param perAddress      inquiries one address may send per {@code window}
 * @param window          the rate limit's window
 * @param maxLinks        a message with more links than this is filed as spam
 */
@Validated
@ConfigurationProperties("newsroom.contact")
record ContactProperties(
        String formSecret,
        @DefaultValue("PT3S") Duration minimumFillTime,
        @DefaultValue("PT12H") Duration formLifetime,
        @DefaultValue("5") @Min(1) int perAddress,
        @DefaultValue("PT10M") Duration window,
        @DefaultValue("3") @Min(0) int maxLinks) {
}
