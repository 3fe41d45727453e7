package io.newsroom.account.factors;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.newsroom.account.Staff;
import io.newsroom.audit.Actor;
import io.newsroom.audit.AuditLog;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Staff members' passkeys, kept by Spring Security's JDBC repository: a new one is audited as a
 * factor added (whoever registers it, through Spring Security's registration endpoint or not),
 * a removed one as a factor removed. Saves of a known passkey (its counter after a sign-in) are not.
 */
class StaffPasskeys implements UserCredentialRepository {

    private final UserCredentialRepository stored;
    private final PublicKeyCredentialUserEntityRepository users;
    private final AuditLog audit;

    StaffPasskeys(UserCredentialRepository stored, PublicKeyCredentialUserEntityRepository users, AuditLog audit) {
        this.stored = stored;
        this.users = users;
        this.audit = audit;
    }

    /** The member's passkeys, oldest first. */
    List<PasskeyEntry> of(String email) {
        var user = users.findByUsername(email);
        if (user == null) {
            return List.of();
        }
        return stored.findByUserId(user.getId()).stream()
                .sorted(Comparator.comparing(CredentialRecord::getCreated,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .map(record -> new PasskeyEntry(record.getCredentialId().toBase64UrlString(), record.getLabel(),
                        record.getCreated(), record.getLastUsed())).toList();
    }

    /** The member's passkey with this id, if it is theirs. */
    Optional<CredentialRecord> findOwn(String email, String id) {
        var user = users.findByUsername(email);
        if (user == null) {
            return Optional.empty();
        }
        Bytes credentialId;
        try {
            credentialId = Bytes.fromBase64(id);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        var record = stored.findByCredentialId(credentialId);
        return record != null && record.getUserEntityUserId().equals(user.getId())
                ? Optional.of(record) : Optional.empty();
    }

    void rename(CredentialRecord record, String label, Actor actor) {
        stored.save(ImmutableCredentialRecord.fromCredentialRecord(record).label(label).build());
        audit.record(actor, "account.passkey-renamed", label);
    }

    @Override
    public void delete(Bytes credentialId) {
        var record = stored.findByCredentialId(credentialId);
        stored.delete(credentialId);
        if (record != null) {
            audit.record(ownerOf(record), "account.factor-removed", "passkey \u201c" + record.getLabel() + "\u201d");
        }
    }

    @Override
    public void save(CredentialRecord record) {
        boolean added = stored.findByCredentialId(record.getCredentialId()) == null;
        stored.save(record);
        if (added) {
            audit.record(ownerOf(record), "account.factor-added", "passkey \u201c" + record.getLabel() + "\u201d");
        }
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return stored.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return stored.findByUserId(userId);
    }

    private Actor ownerOf(CredentialRecord record) {
        PublicKeyCredentialUserEntity user = users.findById(record.getUserEntityUserId());
        return new Actor(null, user == null ? "unknown" : user.getName());
    }
}
