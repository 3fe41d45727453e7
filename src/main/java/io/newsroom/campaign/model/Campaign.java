package io.newsroom.campaign.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import io.newsroom.account.Staff;
import io.newsroom.settings.Settings;

import org.springframework.data.domain.AbstractAggregateRoot;

/** A release sent to lists and segments of the media list, with its own subject and note. */
@Entity
public class Campaign extends AbstractAggregateRoot<Campaign> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long releaseId;
    private String subject;
    private String note;
    private boolean trackClicks;
    private boolean trackOpens;

    @Enumerated(EnumType.STRING)
    private CampaignStatus status;

    private Instant sendAt;
    private Instant startedAt;
    private Instant finishedAt;
    /** How far the rate allowance has been used: messages are queued for the time up to here. */
    private Instant dispatchedUntil;
    private String stopReason;
    private Long createdBy;
    private String createdByName;
    private Long submittedBy;
    private String approvedByName;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_audience", joinColumns = @JoinColumn(name = "campaign_id"))
    private List<Audience> audiences = new ArrayList<>();

    protected Campaign() {
    }

    Campaign(long releaseId, CampaignText text, Staff staff, Instant now) {
        this.releaseId = releaseId;
        this.status = CampaignStatus.DRAFT;
        this.createdBy = staff.id();
        this.createdByName = staff.getDisplayName();
        this.createdAt = now;
        write(text, now);
    }

    /** Changes what it says and to whom; a campaign waiting for review goes back to being a draft. */
    boolean write(CampaignText text, Instant now) {
        if (status != null && !status.isEditable()) {
            return false;
        }
        subject = text.subject().strip();
        note = text.note() == null ? "" : text.note().strip();
        trackClicks = text.trackClicks();
        trackOpens = text.trackOpens();
        audiences.clear();
        text.listIds().stream().distinct().forEach(listId -> audiences.add(new Audience(listId, null)));
        text.segmentIds().stream().distinct().forEach(segmentId -> audiences.add(new Audience(null, segmentId)));
        status = CampaignStatus.DRAFT;
        submittedBy = null;
        updatedAt = now;
        return true;
    }

    /**
     * Why this staff member may not send or schedule it now, as a message key; empty when they may.
     * With review before publishing on, only reviewers send; with four eyes, only a campaign someone
     * else submitted. The same rule as for publishing releases.
     */
    public Optional<String> refusesSending(Settings.Review review, Staff staff) {
        if (!status.isEditable()) {
            return Optional.of("campaigns.not-editable");
        }
        if (audiences.isEmpty()) {
            return Optional.of("campaigns.no-audience");
        }
        if (!review.required()) {
            return Optional.empty();
        }
        if (!staff.isReviewer()) {
            return Optional.of("campaigns.needs-reviewer");
        }
        if (review.fourEyes() && (status != CampaignStatus.SUBMITTED || Objects.equals(submittedBy, staff.id()))) {
            return Optional.of("campaigns.four-eyes");
        }
        return Optional.empty();
    }

    boolean submit(Staff staff, Instant now) {
        if (status != CampaignStatus.DRAFT || audiences.isEmpty()) {
            return false;
        }
        status = CampaignStatus.SUBMITTED;
        submittedBy = staff.id();
        updatedAt = now;
        return true;
    }

    /** To go out at {@code at} (now, or later); whoever allowed it is kept. */
    void schedule(Instant at, Staff staff, Instant now) {
        status = CampaignStatus.SCHEDULED;
        sendAt = at.isBefore(now) ? now : at;
        approvedByName = staff.getDisplayName();
        updatedAt = now;
    }

    /** Starts sending: the recipients are fixed now; the rate counts from the time it was due. */
    public void start(Instant now) {
        status = CampaignStatus.SENDING;
        startedAt = now;
        dispatchedUntil = sendAt.isBefore(now) ? sendAt : now;
        updatedAt = now;
    }

    public boolean isDue(Instant now) {
        return status == CampaignStatus.SCHEDULED && !sendAt.isAfter(now);
    }

    public void finished(Instant now) {
        status = CampaignStatus.SENT;
        finishedAt = now;
        updatedAt = now;
    }

    /** Stops it; false when it was not going out or about to. */
    public boolean stop(String reason, Instant now) {
        if (!status.isStoppable()) {
            return false;
        }
        status = CampaignStatus.STOPPED;
        stopReason = reason;
        registerEvent(new CampaignStopped(id));
        finishedAt = now;
        updatedAt = now;
        return true;
    }

    public List<Long> listIds() {
        return audiences.stream().map(Audience::listId).filter(Objects::nonNull).toList();
    }

    public List<Long> segmentIds() {
        return audiences.stream().map(Audience::segmentId).filter(Objects::nonNull).toList();
    }

    public CampaignText text() {
        return new CampaignText(subject, note, trackClicks, trackOpens, listIds(), segmentIds());
    }

    public Long getId() {
        return id;
    }

    public Long getReleaseId() {
        return releaseId;
    }

    public String getSubject() {
        return subject;
    }

    public String getNote() {
        return note;
    }

    public boolean isTrackClicks() {
        return trackClicks;
    }

    public boolean isTrackOpens() {
        return trackOpens;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public Instant getSendAt() {
        return sendAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getDispatchedUntil() {
        return dispatchedUntil;
    }

    public String getStopReason() {
        return stopReason;
    }

    public String getCreatedByName() {
        return createdByName;
    }

    public String getApprovedByName() {
        return approvedByName;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
