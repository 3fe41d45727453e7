package io.newsroom.campaign.model;

import io.newsroom.settings.Settings;
import io.newsroom.settings.SettingsLookup;

import org.springframework.stereotype.Component;

/** What sending depends on outside the campaign: review before publishing, and the footer's postal address. */
@Component
class SendingRules {

    private final SettingsLookup settings;
    private final CampaignProperties properties;

    SendingRules(SettingsLookup settings, CampaignProperties properties) {
        this.settings = settings;
        this.properties = properties;
    }

    Settings.Review review() {
        return settings.current().review();
    }

    boolean hasPostalAddress() {
        return properties.hasPostalAddress();
    }
}
