package io.newsroom.campaign.delivery;

import java.time.Duration;
import java.time.Instant;

import io.newsroom.account.Staff;
import io.newsroom.campaign.model.Campaign;
import io.newsroom.campaign.model.CampaignProperties;
import io.newsroom.campaign.model.CampaignStatus;
import io.newsroom.campaign.model.CampaignStopped;
import io.newsroom.campaign.model.Campaigns;
import io.newsroom.campaign.model.Recipient;
import io.newsroom.campaign.model.Recipients;
import io.newsroom.mail.Outbox;
import io.newsroom.mail.OutgoingMail;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a sending campaign's messages into the outbox at the set rate, a share at a time, on
 * whichever instance gets there first. A share is claimed by moving the campaign's
 * {@code dispatched_until} on with a conditional update; each recipient's message is written in the
 * same transaction that marks them queued, so no recipient is queued twice and none is lost when
 * an instance stops in the middle: the next share, on any instance, goes on from the first waiting.
 */
@Component
public class Dispatch {

    /**
     * At most this much unused rate is saved up, so that a late round loses none of the rate; the
     * count of the last minute's messages keeps any minute at the rate all the same.
     */
    static final Duration LONGEST_SHARE = Duration.ofSeconds(10);

    /** The most messages one share queues; a round takes shares until the rate allows no more. */
    static final int MAX_SHARE = 200;

    private final Campaigns campaigns;
    private final Recipients recipients;
    private final Outbox outbox;
    private final CampaignMails mails;
    private final CampaignProperties properties;

    Dispatch(Campaigns campaigns, Recipients recipients, Outbox outbox, CampaignMails mails,
             CampaignProperties properties) {
        this.campaigns = campaigns;
        this.recipients = recipients;
        this.outbox = outbox;
        this.mails = mails;
        this.properties = properties;
    }

    /** Queues the share of the rate that is due by {@code now}; returns how many messages were queued. */
    @Transactional
    public int share(long id, Instant now) {
        var found = campaigns.findById(id).filter(c -> c.getStatus() == CampaignStatus.SENDING);
        if (found.isEmpty()) {
            return 0;
        }
        var campaign = found.get();
        var versions = mails.versions(campaign);
        if (versions.stream().noneMatch(v -> v.id() == campaign.getReleaseId())) {
            // trashed, ended or back to a draft since: nothing more of it goes out
            campaign.stop("release-not-mailable", now);
            campaigns.save(campaign);
            return 0;
        }
        if (recipients.countByCampaignIdAndStatus(id, Recipient.Status.WAITING) == 0) {
            campaign.finished(now);
            campaigns.save(campaign);
            return 0;
        }
        Instant from = campaign.getDispatchedUntil();
        Instant start = from.isBefore(now.minus(LONGEST_SHARE)) ? now.minus(LONGEST_SHARE) : from;
        long allowed = Duration.between(start, now).toMillis() * properties.ratePerMinute() / 60_000;
        // and never more than the rate in any minute, whatever the allowance saved up
        long room = properties.ratePerMinute() - recipients.countQueuedSince(now.minus(Duration.ofMinutes(1)));
        allowed = Math.min(allowed, room);
        if (allowed < 1) {
            return 0;
        }
        // a share is one transaction: at most MAX_SHARE messages, so that the outbox sees them soon
        long take = Math.min(allowed, MAX_SHARE);
        Instant until = start.plusMillis(take * 60_000 / properties.ratePerMinute());
        if (campaigns.claimShare(id, from, until) == 0) {
            return 0; // another instance took this share
        }
        var waiting = recipients.findByCampaignIdAndStatusOrderById(id, Recipient.Status.WAITING, Limit.of((int) take));
        for (var recipient : waiting) {
            var version = mails.versionFor(recipient.getLanguage(), versions, campaign.getReleaseId()).orElseThrow();
            var to = addressee(recipient);
            String embargo = version.embargoed()
                    ? mails.embargoLink(version, "Campaign " + id + " · " + recipient.getId(), campaign) : null;
            long messageId = outbox.enqueue(mails.render(campaign, to, version, embargo, "campaign").mail());
            recipient.queued(messageId, version.id(), embargo, now);
        }
        return waiting.size();
    }

    /** A test message to the staff member, as the chosen addressee would get it (a test link if embargoed). */
    @Transactional
    public boolean testSend(Campaign campaign, CampaignMails.Addressee as, Staff staff) {
        var versions = mails.versions(campaign);
        var version = mails.versionFor(as.language(), versions, campaign.getReleaseId());
        if (version.isEmpty()) {
            return false;
        }
        var to = new CampaignMails.Addressee(staff.email(), as.firstName(), as.lastName(), as.outlet(), as.language(),
                as.token());
        String embargo = version.get().embargoed()
                ? mails.embargoLink(version.get(), "Campaign " + campaign.getId() + " · test", campaign) : null;
        var rendered = mails.render(campaign, to, version.get(), embargo, "campaign.test");
        var mail = rendered.mail();
        outbox.enqueue(new OutgoingMail(mail.kind(), mail.reference(), mail.to(), mail.replyTo(),
                "[TEST] " + mail.subject(), mail.text(), mail.html(), null));
        return true;
    }

    /** What a stopped campaign had not sent stays unsent: waiting recipients and messages not yet taken. */
    @EventListener
    public void onStopped(CampaignStopped stopped) {
        outbox.cancel("campaign:" + stopped.campaignId());
        for (var recipient : recipients.findByCampaignIdAndStatusOrderById(stopped.campaignId(), Recipient.Status.WAITING,
                Limit.unlimited())) {
            recipient.cancelled();
        }
    }

    static CampaignMails.Addressee addressee(Recipient recipient) {
        return new CampaignMails.Addressee(recipient.getEmail(), recipient.getFirstName(), recipient.getLastName(),
                recipient.getOutlet(), recipient.getLanguage(), recipient.getToken());
    }
}
