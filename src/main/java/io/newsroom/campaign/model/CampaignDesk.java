package io.newsroom.campaign.model;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.newsroom.account.Staff;
import io.newsroom.audit.AuditLog;
import io.newsroom.release.ReleaseMailing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing, reviewing, sending and stopping campaigns. One transaction each. */
@Service
public class CampaignDesk {

    private final Campaigns campaigns;
    private final ReleaseMailing releases;
    private final SendingRules rules;
    private final AuditLog audit;
    private final Clock clock;

    CampaignDesk(Campaigns campaigns, ReleaseMailing releases, SendingRules rules, AuditLog audit, Clock clock) {
        this.campaigns = campaigns;
        this.releases = releases;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** The outcome: done, or refused with a message key (and the field it concerns, if one). */
    public record Outcome(Long id, String field, String refusal) {

        static Outcome done(long id) {
            return new Outcome(id, null, null);
        }

        static Outcome refused(String field, String key) {
            return new Outcome(null, field, key);
        }

        public boolean isDone() {
            return refusal == null;
        }
    }

    @Transactional
    public Outcome create(long releaseId, CampaignText text, Staff staff) {
        if (releases.find(releaseId).isEmpty()) {
            return Outcome.refused(null, "campaigns.no-release");
        }
        var unknown = MergeFields.unknown(text.note()).stream().findFirst()
                .or(() -> MergeFields.unknown(text.subject()).stream().findFirst());
        if (unknown.isPresent()) {
            return Outcome.refused("note", "campaigns.unknown-field");
        }
        var campaign = campaigns.save(new Campaign(releaseId, text, staff, clock.instant()));
        audit.record(staff.actor(), "campaign.created", campaign.getSubject());
        return Outcome.done(campaign.getId());
    }

    /** Changes a campaign as it was at {@code version}: someone else's change since is never overwritten. */
    @Transactional
    public Optional<Outcome> change(long id, long version, CampaignText text, Staff staff) {
        return campaigns.findById(id).map(campaign -> {
            if (campaign.getVersion() != version) {
                return Outcome.refused(null, "campaigns.changed-meanwhile");
            }
            if (!MergeFields.unknown(text.note()).isEmpty() || !MergeFields.unknown(text.subject()).isEmpty()) {
                return Outcome.refused("note", "campaigns.unknown-field");
            }
            if (!campaign.write(text, clock.instant())) {
                return Outcome.refused(null, "campaigns.not-editable");
            }
            return Outcome.done(id);
        });
    }

    @Transactional
    public Optional<Outcome> submit(long id, Staff staff) {
        return campaigns.findById(id).map(campaign -> {
            if (!rules.review().required()) {
                return Outcome.refused(null, "campaigns.review-off");
            }
            if (!campaign.submit(staff, clock.instant())) {
                return Outcome.refused(null, "campaigns.not-submittable");
            }
            audit.record(staff.actor(), "campaign.submitted", campaign.getSubject());
            return Outcome.done(id);
        });
    }

    /**
     * Sends it at {@code at} (null: now). Refused when the staff member may not (review), when it
     * goes to nobody, or when its release may not be mailed: a draft's text never leaves by mail.
     */
    @Transactional
    public Optional<Outcome> send(long id, Instant at, Staff staff) {
        return campaigns.findById(id).map(campaign -> {
            var refusal = campaign.refusesSending(rules.review(), staff);
            if (refusal.isPresent()) {
                return Outcome.refused(null, refusal.get());
            }
            if (!rules.hasPostalAddress()) {
                return Outcome.refused(null, "campaigns.no-postal-address");
            }
            var release = releases.find(campaign.getReleaseId());
            if (release.isEmpty() || !release.get().mailable()) {
                return Outcome.refused(null, "campaigns.release-not-mailable");
            }
            var now = clock.instant();
            campaign.schedule(at == null ? now : at, staff, now);
            audit.record(staff.actor(), at == null ? "campaign.sent" : "campaign.scheduled", campaign.getSubject());
            return Outcome.done(id);
        });
    }

    /** Stops a campaign going out or about to; what is not in the mail yet stays unsent. */
    @Transactional
    public Optional<Boolean> stop(long id, Staff staff) {
        return campaigns.findById(id).map(campaign -> {
            if (!campaign.stop("staff", clock.instant())) {
                return false;
            }
            campaigns.save(campaign);
            audit.record(staff.actor(), "campaign.stopped", campaign.getSubject());
            return true;
        });
    }
}
