package io.newsroom.campaign.model;

/** A campaign stopped before its end: what it had not sent yet is not to be sent. */
public record CampaignStopped(long campaignId) {
}
