package io.newsroom.campaign.model;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param ratePerMinute    how many campaign messages go into the outbox per minute, all instances together
 * @param dispatchInterval how often an instance looks for campaigns to start or go on with
 * @param postalAddress    the company's postal address, in the footer of every campaign message
 *                         (CAN-SPAM, and Korea's information network act ask for it); no campaign
 *                         is sent without one
 */
@Validated
@ConfigurationProperties("newsroom.campaigns")
public record CampaignProperties(
        @DefaultValue("120") @Min(1) @Max(100_000) int ratePerMinute,
        @DefaultValue("PT2S") Duration dispatchInterval,
        @DefaultValue("") @Size(max = 300) String postalAddress) {

    public boolean hasPostalAddress() {
        return !postalAddress.isBlank();
    }
}
