package io.newsroom.inquiry;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/** A journalist's question, with what the PR team did about it. */
@Entity
class Inquiry {

    @Transient
    private final List<Object> events = new ArrayList<>();

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

    /** The language the journalist wrote in: what they are answered in. */
    private String language;

    @Version
    private long version;

    /** How the outbox knows this inquiry's messages. */
    static String mailReference(long inquiryId) {
        return "inquiry:" + inquiryId;
    }

    protected Inquiry() {
    }

    Inquiry(InquiryForm form, Long releaseId, String formToken, String ip, String spamReason, Locale language,
            Instant now) {
        this.language = language.toLanguageTag();
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

    /**
     * Tells other features (webhooks) that this inquiry came in, when the repository next saves it;
     * a spam inquiry is not news to anybody.
     */
    void announce(String releaseSlug) {
        if (!isSpam()) {
            events.add(new InquiryReceived(reference, topic, releaseSlug, createdAt, name, email, organization, phone,
                    message));
        }
    }

    @DomainEvents
    List<Object> domainEvents() {
        return List.copyOf(events);
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        events.clear();
    }

    boolean isSpam() {
        return status == InquiryStatus.SPAM;
    }

    public String getLanguage() {
        return language;
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
