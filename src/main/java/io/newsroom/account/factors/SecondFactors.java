package io.newsroom.account.factors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.newsroom.account.Staff;
import io.newsroom.account.model.StaffAccounts;
import io.newsroom.account.signin.PasswordGuesses;
import io.newsroom.audit.Actor;
import io.newsroom.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff members' second factors: an authenticator app (TOTP) with its recovery codes, and passkeys
 * (whose records Spring Security keeps; counted here). Every factor added, removed or used is audited.
 * Also the ADMIN's policy that every account must have one.
 */
@Service
public class SecondFactors {

    static final int RECOVERY_CODES = 10;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final StaffAccounts accounts;
    private final JdbcClient jdbc;
    private final PasswordGuesses guesses;
    private final AuditLog audit;
    private final Clock clock;

    SecondFactors(StaffAccounts accounts, JdbcClient jdbc, PasswordGuesses guesses, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.guesses = guesses;
        this.audit = audit;
        this.clock = clock;
    }

    /** The outcome of a code typed at sign-in or to confirm a change. */
    enum Code {
        AUTHENTICATOR, RECOVERY_CODE, WRONG,
        /** The account is locked or the address throttled: no code was checked. */
        REFUSED
    }

    @Transactional(readOnly = true)
    public boolean required() {
        return jdbc.sql("select second_factor_required from account_policy where id = 1").query(Boolean.class)
                .optional().orElse(false);
    }

    @Transactional
    public void require(boolean required, Staff admin) {
        jdbc.sql("update account_policy set second_factor_required = :required where id = 1")
                .param("required", required).update();
        audit.record(admin.actor(), "account.second-factor-policy", required ? "required" : "optional");
    }

    @Transactional(readOnly = true)
    SecondFactorSummary of(long staffId) {
        var account = accounts.findById(staffId).orElseThrow();
        return new SecondFactorSummary(account.hasTotp(), passkeys(account.getEmail()),
                jdbc.sql("select count(*) from staff_recovery_code where staff_id = :id and used_at is null")
                        .param("id", staffId).query(Integer.class).single());
    }

    /** The ids of the accounts that have a second factor: one query for the accounts list. */
    @Transactional(readOnly = true)
    public Set<Long> holders() {
        return Set.copyOf(jdbc.sql("select id from staff_account where totp_secret is not null"
                + " union select a.id from staff_account a join user_entities e on e.name = a.email"
                + " join user_credentials c on c.user_entity_user_id = e.id").query(Long.class).list());
    }

    /**
     * Whether every account must have a second factor and this one has none: one question, asked by
     * every admin request and every token use while the rule may apply.
     */
    public boolean missingWhereRequired(long staffId) {
        return jdbc.sql("select count(*) from account_policy p join staff_account s on s.id = :id"
                        + " where p.id = 1 and p.second_factor_required and s.totp_secret is null"
                        + " and not exists (select 1 from user_credentials c join user_entities e"
                        + " on e.id = c.user_entity_user_id where e.name = s.email)")
                .param("id", staffId).query(Integer.class).single() > 0;
    }

    private int passkeys(String email) {
        return jdbc.sql("select count(*) from user_credentials c join user_entities e on e.id = c.user_entity_user_id"
                + " where e.name = :email").param("email", email).query(Integer.class).single();
    }

    /**
     * Turns on the authenticator app whose secret the member scanned, if the code it shows now is
     * right; answers the new recovery codes (shown once), or empty for a wrong code.
     */
    @Transactional
    Optional<List<String>> enableTotp(Staff staff, String secret, String code) {
        var account = accounts.findById(staff.id()).orElseThrow();
        var step = Totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            return Optional.empty();
        }
        account.enableTotp(secret, step.getAsLong(), clock.instant());
        audit.record(staff.actor(), "account.factor-added", "authenticator app");
        return Optional.of(replaceRecoveryCodes(staff));
    }

    /**
     * Checks a code typed by the member from an address: their authenticator app's (each good once),
     * or one of their recovery codes (then used up). A wrong code counts as a wrong password does,
     * toward the account's lock and the address's throttle; while either holds, no code is checked.
     * Audited either way.
     */
    @Transactional
    Code check(long staffId, String typed, String address) {
        var account = accounts.findById(staffId).orElseThrow();
        if (!guesses.mayGuess(account.getEmail(), address)) {
            return Code.REFUSED;
        }
        String code = typed == null ? "" : typed.length() > 40 ? typed.substring(0, 40) : typed;
        var actor = new Actor(account.getId(), account.getEmail());
        var now = clock.instant();
        if (account.hasTotp()) {
            var step = Totp.matchingStep(account.totpSecret(), code, now);
            if (step.isPresent() && account.takeTotpStep(step.getAsLong())) {
                audit.record(actor, "account.factor-used", "authenticator app");
                return Code.AUTHENTICATOR;
            }
        }
        String hash = hash(code);
        if (hash != null && jdbc.sql("update staff_recovery_code set used_at = :now where staff_id = :id"
                        + " and code_hash = :hash and used_at is null")
                .param("now", Timestamp.from(now)).param("id", staffId).param("hash", hash).update() == 1) {
            audit.record(actor, "account.factor-used", "recovery code");
            return Code.RECOVERY_CODE;
        }
        audit.record(actor, "account.factor-failed", null);
        guesses.wrong(account.getEmail(), address);
        return Code.WRONG;
    }

    /** Turns off the authenticator app, with its recovery codes. */
    @Transactional
    void disableTotp(Staff staff) {
        accounts.findById(staff.id()).orElseThrow().disableTotp();
        jdbc.sql("delete from staff_recovery_code where staff_id = :id").param("id", staff.id()).update();
        audit.record(staff.actor(), "account.factor-removed", "authenticator app");
    }

    /** New recovery codes, replacing any left: shown once, kept as digests. */
    @Transactional
    List<String> replaceRecoveryCodes(Staff staff) {
        jdbc.sql("delete from staff_recovery_code where staff_id = :id").param("id", staff.id()).update();
        var codes = new ArrayList<String>();
        var now = Timestamp.from(clock.instant());
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = newRecoveryCode();
            codes.add(code);
            jdbc.sql("insert into staff_recovery_code (staff_id, code_hash, created_at) values (:id, :hash, :now)")
                    .param("id", staff.id()).param("hash", hash(code)).param("now", now).update();
        }
        audit.record(staff.actor(), "account.recovery-codes-made", null);
        return codes;
    }

    /** An ADMIN removes every second factor of an account whose owner lost them; they set new ones at their next sign-in. */
    @Transactional
    public void reset(long staffId, Staff admin) {
        var account = accounts.findById(staffId).orElseThrow();
        account.disableTotp();
        jdbc.sql("delete from staff_recovery_code where staff_id = :id").param("id", staffId).update();
        jdbc.sql("delete from user_credentials where user_entity_user_id in (select id from user_entities where name = :email)")
                .param("email", account.getEmail()).update();
        audit.record(admin.actor(), "account.factors-reset", account.getEmail());
    }

    /** Ten characters from an alphabet without look-alikes (about 49 bits), shown as two groups of five. */
    private static String newRecoveryCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The digest a recovery code is kept as: of its characters, whatever case, spaces or hyphens it is typed with. */
    private static String hash(String code) {
        if (code == null) {
            return null;
        }
        String normal = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (normal.length() != 10) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
