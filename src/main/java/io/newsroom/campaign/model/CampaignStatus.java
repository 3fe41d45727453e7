package io.newsroom.campaign.model;

public enum CampaignStatus {
    /** Being written. */
    DRAFT,
    /** Waiting for a reviewer, with review before publishing on. */
    SUBMITTED,
    /** To start at its time. */
    SCHEDULED,
    /** Going out, at the set rate. */
    SENDING,
    /** Every recipient's message is in the outbox. */
    SENT,
    /** Stopped before the end, by staff or because its release may no longer be mailed. */
    STOPPED;

    public boolean isEditable() {
        return this == DRAFT || this == SUBMITTED;
    }

    public boolean isStoppable() {
        return this == SCHEDULED || this == SENDING;
    }
}
