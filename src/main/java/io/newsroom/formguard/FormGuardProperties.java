package io.newsroom.formguard;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of the public forms' defences. They keep the {@code newsroom.contact.*} names they
 * had when the contact form was the only public form.
 *
 * @param formSecret      signs form tokens (unset: a random secret kept in the database, shared by every instance on it)
 * @param minimumFillTime a form sent back sooner than this after it was shown is refused as a bot's
 * @param formLifetime    how long a shown form stays valid
 * @param perAddress      public forms (inquiries, alert sign-ups) one address may send per {@code window}
 * @param window          the rate limit's window
 * @param maxLinks        a message with more links than this is filed as spam
 */
@Validated
@ConfigurationProperties("newsroom.contact")
record FormGuardProperties(
        String formSecret,
        @DefaultValue("PT3S") Duration minimumFillTime,
        @DefaultValue("PT12H") Duration formLifetime,
        @DefaultValue("5") @Min(1) int perAddress,
        @DefaultValue("PT10M") Duration window,
        @DefaultValue("3") @Min(0) int maxLinks) {
}
