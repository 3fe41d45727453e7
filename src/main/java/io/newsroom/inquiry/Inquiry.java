package io.newsroom.inquiry;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A journalist's question, with what the PR team did about it. */
@Entity
class Inquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    private String name;

    private String email;

    private String organization;

    private String phone;

    @Enumerated(EnumType.STRING)
    private Topic topic;

    private Long releaseId;

    private String message;

    @Enumerated(EnumType.STRING)
    private InquiryStatus status;

    private String spamReason;

    private Long assigneeId;

    private String formToken;

    private String ip;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    /** How the outbox knows this inquiry's messages. */
    static String mailReference(long inquiryId) {
        return "inquiry:" + inquiryId;
    }

    protected Inquiry() {
    }

    Inquiry(InquiryForm form, Long releaseId, String formToken, String ip, String spamReason, Instant now) {
        this.name = form.name().strip();
        this.email = form.email().strip();
        this.organization = form.organization().strip();
        this.phone = form.phone() == null || form.phone().isBlank() ? null : form.phone().strip();
        this.topic = form.topic();
        this.releaseId = releaseId;
        this.message = form.message().strip();
        this.status = spamReason == null ? InquiryStatus.NEW : InquiryStatus.SPAM;
        this.spamReason = spamReason;
        this.formToken = formToken;
        this.ip = ip;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** INQ-2026-000123: the year it came in, in the company's time zone, and its number. */
    void assignReference(ZoneId zone) {
        reference = "INQ-%d-%06d".formatted(createdAt.atZone(zone).getYear(), id);
    }

    void changeStatus(InquiryStatus newStatus, Instant now) {
        status = newStatus;
        updatedAt = now;
    }

    void assignTo(Long staffId, Instant now) {
        assigneeId = staffId;
        updatedAt = now;
    }

    boolean isSpam() {
        return status == InquiryStatus.SPAM;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganization() {
        return organization;
    }

    public String getPhone() {
        return phone;
    }

    public Topic getTopic() {
        return topic;
    }

    public Long getReleaseId() {
        return releaseId;
    }

    public String getMessage() {
        return message;
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public String getSpamReason() {
        return spamReason;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
