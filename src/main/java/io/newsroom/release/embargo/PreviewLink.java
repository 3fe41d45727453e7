package io.newsroom.release.embargo;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A private link to a release under embargo, for the journalists it was given to. */
@Entity
@Table(name = "preview_link")
public class PreviewLink {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long releaseId;

    private String token;

    private String label;

    private Instant createdAt;

    private String createdBy;

    private Instant revokedAt;

    private Instant lastUsedAt;

    private int useCount;

    protected PreviewLink() {
    }

    PreviewLink(Long releaseId, String label, String createdBy, Instant now) {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        this.releaseId = releaseId;
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        this.label = label;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    boolean isActive() {
        return revokedAt == null;
    }

    /** A link for one journalist of a mailing, made by the mailing rather than by a person at the editor. */
    public static PreviewLink forMailing(Long releaseId, String label, String createdBy, Instant now) {
        return new PreviewLink(releaseId, label, createdBy, now);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    void used(Instant now) {
        useCount++;
        lastUsedAt = now;
    }

    public Long getId() {
        return id;
    }

    Long getReleaseId() {
        return releaseId;
    }

    public String getToken() {
        return token;
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public int getUseCount() {
        return useCount;
    }
}
