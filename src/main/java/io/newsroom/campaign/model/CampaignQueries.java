package io.newsroom.campaign.model;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Campaigns and their recipients, as the admin shows them. */
@Service
public class CampaignQueries {

    private final Campaigns campaigns;
    private final Recipients recipients;

    CampaignQueries(Campaigns campaigns, Recipients recipients) {
        this.campaigns = campaigns;
        this.recipients = recipients;
    }

    /** A campaign's results, recipient by recipient summed up. */
    public record Figures(long recipients, long skipped, long queued, long delivered, long bounced, long unsubscribed,
                          long clicked, long opened, long replied, long clicks, long waiting, long cancelled) {
    }

    @Transactional(readOnly = true)
    public List<Campaign> all() {
        return campaigns.findAllByOrderByIdDesc();
    }

    @Transactional(readOnly = true)
    public List<Campaign> ofRelease(long releaseId) {
        return campaigns.findByReleaseIdOrderByIdDesc(releaseId);
    }

    @Transactional(readOnly = true)
    public Optional<Campaign> find(long id) {
        return campaigns.findById(id);
    }

    @Transactional(readOnly = true)
    public Figures figures(long campaignId) {
        Object[] row = recipients.figures(campaignId).get(0);
        return new Figures(number(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4]), number(row[5]),
                number(row[6]), number(row[7]), number(row[8]), number(row[9]), number(row[10]), number(row[11]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Transactional(readOnly = true)
    public Page<Recipient> recipients(long campaignId, Pageable page) {
        return recipients.findByCampaignIdOrderById(campaignId, page);
    }

    @Transactional(readOnly = true)
    public Optional<Recipient> recipient(String token) {
        return recipients.findByToken(token);
    }

    @Transactional(readOnly = true)
    public Optional<Recipient> recipient(long campaignId, long recipientId) {
        return recipients.findByIdAndCampaignId(recipientId, campaignId);
    }
}
