package io.newsroom.campaign.admin;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.newsroom.campaign.model.Campaign;
import io.newsroom.campaign.model.CampaignText;

/** A campaign as staff write it: subject, personal note, tracking, and the lists and segments it goes to. */
record CampaignForm(@NotBlank @Size(max = 200) String subject, @Size(max = 5000) String note, Boolean trackClicks,
                    Boolean trackOpens, List<Long> listIds, List<Long> segmentIds, Long version) {

    /** An unticked box sends nothing: no. */
    CampaignForm {
        trackClicks = Boolean.TRUE.equals(trackClicks);
        trackOpens = Boolean.TRUE.equals(trackOpens);
    }

    static CampaignForm of(Campaign campaign) {
        return new CampaignForm(campaign.getSubject(), campaign.getNote(), campaign.isTrackClicks(),
                campaign.isTrackOpens(), campaign.listIds(), campaign.segmentIds(), campaign.getVersion());
    }

    CampaignText text() {
        return new CampaignText(subject, note, trackClicks, trackOpens, listIds, segmentIds);
    }
}
