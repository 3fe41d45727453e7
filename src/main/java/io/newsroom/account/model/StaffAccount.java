package io.newsroom.account.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.newsroom.account.Role;

/** A PR staff member who signs in to the admin. */
@Entity
public class StaffAccount {

    /** Failed sign-ins in a row before the account locks. */
    public static final int FAILURES_BEFORE_LOCK = 5;
    public static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private String displayName;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled;

    private int failedSignIns;

    private Instant lockedUntil;

    private Instant lastSignInAt;

    private long sessionStamp;

    private Instant createdAt;

    /** The authenticator app's secret (Base32); null while the member has none. */
    private String totpSecret;

    private Instant totpEnabledAt;

    /** The last time step whose code was accepted: a code is good once. */
    private Long totpLastStep;

    /** The language tag staff chose to work in; null: as their browser asks. */
    private String language;

    @Version
    private long version;

    protected StaffAccount() {
    }

    public StaffAccount(String email, String displayName, String passwordHash, Role role, Instant now) {
        this.email = normalize(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = now;
    }

    public static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * How long an account locks after this many wrong passwords in a row: from the fifth, a minute
     * at first and twice as long with each further failure, up to a day. The count itself is kept
     * by one update statement ({@link StaffAccounts#countFailure}), so concurrent failures on several
     * instances never collide.
     */
    public static Optional<Duration> lockAfter(int failuresInARow) {
        if (failuresInARow < FAILURES_BEFORE_LOCK) {
            return Optional.empty();
        }
        int extra = Math.min(failuresInARow - FAILURES_BEFORE_LOCK, 20);
        Duration lock = FIRST_LOCK.multipliedBy(1L << extra);
        return Optional.of(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
    }

    public void recordSignIn(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
        sessionStamp++;
    }

    public void disable() {
        enabled = false;
        sessionStamp++;
    }

    public void enable() {
        enabled = true;
        failedSignIns = 0;
        lockedUntil = null;
    }

    public boolean hasTotp() {
        return totpSecret != null;
    }

    public String totpSecret() {
        return totpSecret;
    }

    /** Turns on the authenticator app whose code for {@code step} was just shown. */
    public void enableTotp(String secret, long step, Instant now) {
        totpSecret = secret;
        totpLastStep = step;
        totpEnabledAt = now;
    }

    public void disableTotp() {
        totpSecret = null;
        totpLastStep = null;
        totpEnabledAt = null;
    }

    /** Takes a code's time step, unless a code of that step or a later one was taken: no code works twice. */
    public boolean takeTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    Instant getTotpEnabledAt() {
        return totpEnabledAt;
    }

    /** The language this member of staff works in, if they chose one. */
    public Optional<Locale> language() {
        return Optional.ofNullable(language).map(Locale::forLanguageTag);
    }

    /** Works in this language from now on; null: as the browser asks. */
    public void workIn(Locale chosen) {
        language = chosen == null ? null : chosen.toLanguageTag();
    }

    public void changeRole(Role newRole) {
        role = newRole;
        sessionStamp++;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    int getFailedSignIns() {
        return failedSignIns;
    }

    public long getSessionStamp() {
        return sessionStamp;
    }
}
