package io.newsroom.account.staff;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.newsroom.account.Role;
import io.newsroom.account.model.StaffAccount;
import io.newsroom.account.model.StaffAccounts;
import io.newsroom.account.tokens.AccessTokens;
import io.newsroom.audit.Actor;
import io.newsroom.audit.AuditLog;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing staff accounts, each change audited. */
@Service
class Accounts {

    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final AccessTokens tokens;
    private final AuditLog audit;
    private final Clock clock;

    Accounts(StaffAccounts accounts, PasswordEncoder encoder, AccessTokens tokens, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<StaffAccount> all() {
        return accounts.findAllByOrderByEmailAsc();
    }

    @Transactional(readOnly = true)
    boolean exists(String email) {
        return accounts.existsByEmail(StaffAccount.normalize(email));
    }

    @Transactional
    StaffAccount create(Actor by, String email, String displayName, String password, Role role) {
        var account = accounts.save(new StaffAccount(email, displayName, encoder.encode(password), role,
                clock.instant()));
        audit.record(by, "account.created", account.getEmail() + " (" + role + ")");
        return account;
    }

    /** From now on this member of staff works in this language; null: as their browser asks. */
    @Transactional
    void workIn(long id, Locale language) {
        find(id).ifPresent(account -> account.workIn(language));
    }

    @Transactional
    void changePassword(long id, String newPassword) {
        var account = find(id).orElseThrow();
        account.changePassword(encoder.encode(newPassword));
        audit.record(new Actor(id, account.getEmail()), "account.password-changed", account.getEmail());
    }

    @Transactional(readOnly = true)
    boolean passwordMatches(long id, String password) {
        return find(id).map(account -> encoder.matches(password, account.getPasswordHash())).orElse(false);
    }

    @Transactional
    void disable(Actor by, long id) {
        find(id).ifPresent(account -> {
            account.disable();
            int revoked = tokens.revokeAllOf(id);
            audit.record(by, "account.disabled", account.getEmail()
                    + (revoked == 0 ? "" : " (" + revoked + " access tokens revoked)"));
        });
    }

    @Transactional
    void enable(Actor by, long id) {
        find(id).ifPresent(account -> {
            account.enable();
            audit.record(by, "account.enabled", account.getEmail());
        });
    }

    @Transactional
    void changeRole(Actor by, long id, Role role) {
        find(id).filter(account -> account.getRole() != role).ifPresent(account -> {
            account.changeRole(role);
            audit.record(by, "account.role-changed", account.getEmail() + " → " + role);
        });
    }

    @Transactional(readOnly = true)
    Optional<StaffAccount> find(long id) {
        return accounts.findById(id);
    }
}
