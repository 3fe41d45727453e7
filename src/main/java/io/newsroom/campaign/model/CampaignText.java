package io.newsroom.campaign.model;

import java.util.List;

/** What a campaign says and to whom, as its form gives it. */
public record CampaignText(String subject, String note, boolean trackClicks, boolean trackOpens, List<Long> listIds,
                           List<Long> segmentIds) {

    public CampaignText {
        listIds = listIds == null ? List.of() : List.copyOf(listIds);
        segmentIds = segmentIds == null ? List.of() : List.copyOf(segmentIds);
    }
}
