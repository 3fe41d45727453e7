package io.newsroom.campaign.model;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One person a campaign goes to, fixed when it starts: their address once, whatever lists they
 * are on, with what became of their message.
 */
@Entity
@Table(name = "campaign_recipient")
public class Recipient {

    public enum Status {
        /** Their message is not in the outbox yet. */
        WAITING,
        /** Their message is in the outbox (the outbox knows whether it was sent). */
        QUEUED,
        /** Not mailed: the address is suppressed. */
        SKIPPED,
        /** Not mailed: the campaign stopped first. */
        CANCELLED
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long campaignId;
    private Long contactId;
    private String email;
    private String firstName;
    private String lastName;
    private String outlet;
    private String language;
    /** Names the recipient in their unsubscribe, click and open addresses. */
    private String token;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Long mailMessageId;
    /** The language version they were sent. */
    private Long releaseId;
    private String embargoToken;
    private Instant queuedAt;
    private Instant deliveredAt;
    private Instant bouncedAt;
    private String bounce;
    private Instant unsubscribedAt;
    private Instant firstClickAt;
    private int clicks;
    private Instant openedAt;
    private Instant repliedAt;

    protected Recipient() {
    }

    public Recipient(long campaignId, long contactId, String email, String firstName, String lastName, String outlet,
                     String language, boolean suppressed) {
        this.campaignId = campaignId;
        this.contactId = contactId;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.outlet = outlet;
        this.language = language;
        this.status = suppressed ? Status.SKIPPED : Status.WAITING;
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    public void queued(long messageId, long releaseId, String embargoToken, Instant now) {
        this.mailMessageId = messageId;
        this.releaseId = releaseId;
        this.embargoToken = embargoToken;
        this.status = Status.QUEUED;
        this.queuedAt = now;
    }

    public void cancelled() {
        if (status == Status.WAITING) {
            status = Status.CANCELLED;
        }
    }

    public void delivered(Instant now) {
        if (deliveredAt == null) {
            deliveredAt = now;
        }
    }

    public void bounced(String detail, Instant now) {
        if (bouncedAt == null) {
            bouncedAt = now;
            bounce = detail == null ? null : detail.length() > 200 ? detail.substring(0, 200) : detail;
        }
    }

    public void unsubscribed(Instant now) {
        if (unsubscribedAt == null) {
            unsubscribedAt = now;
        }
    }

    public void clicked(Instant now) {
        clicks++;
        if (firstClickAt == null) {
            firstClickAt = now;
        }
    }

    public void opened(Instant now) {
        if (openedAt == null) {
            openedAt = now;
        }
    }

    public void replied(Instant now) {
        if (repliedAt == null) {
            repliedAt = now;
        }
    }

    /** Asked to be forgotten: the row stays, so the campaign's figures still add up, but says nothing of them. */
    public void forgotten() {
        email = "forgotten:" + id;
        firstName = null;
        lastName = null;
        outlet = null;
        contactId = null;
        bounce = null;
    }

    public String name() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? null : name;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getContactId() {
        return contactId;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getOutlet() {
        return outlet;
    }

    public String getLanguage() {
        return language;
    }

    public String getToken() {
        return token;
    }

    public Status getStatus() {
        return status;
    }

    public Long getMailMessageId() {
        return mailMessageId;
    }

    public Long getReleaseId() {
        return releaseId;
    }

    public String getEmbargoToken() {
        return embargoToken;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Instant getBouncedAt() {
        return bouncedAt;
    }

    public String getBounce() {
        return bounce;
    }

    public Instant getUnsubscribedAt() {
        return unsubscribedAt;
    }

    public Instant getFirstClickAt() {
        return firstClickAt;
    }

    public int getClicks() {
        return clicks;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }
}
