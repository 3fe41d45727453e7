package io.newsroom.alert;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Someone who gets new releases by email, once they have confirmed their address. */
@Entity
class Subscriber {

    enum Status { PENDING, CONFIRMED, UNSUBSCRIBED }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private String categories;

    /** Categories asked for and not confirmed yet; null when no request waits. */
    private String pendingCategories;

    /** The languages (tags, comma-separated) whose releases are wanted. */
    private String languages;

    /** Languages asked for and not confirmed yet; null when no request waits. */
    private String pendingLanguages;

    private Instant confirmSentAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String confirmToken;

    private Instant confirmExpiresAt;

    private String unsubscribeToken;

    private Instant createdAt;

    private Instant confirmedAt;

    private Instant unsubscribedAt;

    protected Subscriber() {
    }

    Subscriber(String email, Instant now) {
        this.email = email;
        this.categories = "";
        this.languages = "";
        this.status = Status.PENDING;
        this.unsubscribeToken = randomToken();
        this.createdAt = now;
    }

    /**
     * Records a request for these categories (none: all). Nothing changes until the address's owner
     * confirms it, whatever the state: a stranger cannot change a confirmed subscription. Returns
     * whether a confirmation mail may go out: at most one per {@code gap}, and the link of a
     * request still pending stays the same.
     */
    boolean requestConfirmation(List<String> categorySlugs, List<String> languageTags, Instant now, Duration validFor,
                                Duration gap) {
        pendingCategories = String.join(",", categorySlugs);
        pendingLanguages = String.join(",", languageTags);
        if (confirmSentAt != null && now.isBefore(confirmSentAt.plus(gap))) {
            return false;
        }
        if (confirmToken == null || confirmExpiresAt == null || now.isAfter(confirmExpiresAt)) {
            confirmToken = randomToken();
        }
        confirmExpiresAt = now.plus(validFor);
        confirmSentAt = now;
        return true;
    }

    boolean confirm(Instant now) {
        if (confirmExpiresAt == null || now.isAfter(confirmExpiresAt)) {
            return false;
        }
        if (pendingCategories != null) {
            categories = pendingCategories;
            pendingCategories = null;
        }
        if (pendingLanguages != null) {
            languages = pendingLanguages;
            pendingLanguages = null;
        }
        status = Status.CONFIRMED;
        confirmedAt = now;
        confirmToken = null;
        confirmExpiresAt = null;
        return true;
    }

    void unsubscribe(Instant now) {
        if (status != Status.UNSUBSCRIBED) {
            status = Status.UNSUBSCRIBED;
            unsubscribedAt = now;
        }
    }

    /** Whether this release is one the subscriber asked for: its category (or all), in one of their languages. */
    boolean wants(String categorySlug, String languageTag) {
        return status == Status.CONFIRMED && (categories.isEmpty() || categoryList().contains(categorySlug))
                && Arrays.asList(languages.split(",")).contains(languageTag);
    }

    List<String> languageList() {
        return languages.isEmpty() ? List.of() : Arrays.asList(languages.split(","));
    }

    List<String> categoryList() {
        return categories.isEmpty() ? List.of() : Arrays.asList(categories.split(","));
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Status getStatus() {
        return status;
    }

    String getConfirmToken() {
        return confirmToken;
    }

    String getUnsubscribeToken() {
        return unsubscribeToken;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getCategories() {
        return categories;
    }
}
