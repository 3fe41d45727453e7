package io.newsroom.campaign;

import java.time.Instant;
import java.util.List;

import io.newsroom.campaign.model.CampaignQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the campaigns of a release did, for its analytics. */
@Service
public class CampaignFigures {

    private final CampaignQueries queries;

    CampaignFigures(CampaignQueries queries) {
        this.queries = queries;
    }

    public record Summary(long id, String subject, String status, Instant sendAt, long recipients, long delivered,
                          long bounced, long unsubscribed, long clicked, long opened, long replied) {
    }

    @Transactional(readOnly = true)
    public List<Summary> ofRelease(long releaseId) {
        return queries.ofRelease(releaseId).stream().map(c -> {
            var f = queries.figures(c.getId());
            return new Summary(c.getId(), c.getSubject(), c.getStatus().name(), c.getSendAt(), f.recipients() - f.skipped(),
                    f.delivered(), f.bounced(), f.unsubscribed(), f.clicked(), f.opened(), f.replied());
        }).toList();
    }
}
