package io.newsroom.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Addresses that no mail to a list (an alert, a campaign) ever goes to: unsubscribed, bounced,
 * complained, forgotten. Kept as a SHA-256 of the lower-case address, so that a person who asked to
 * be forgotten leaves nothing readable behind. The worker checks it again just before each send.
 */
@Service
public class Suppressions {

    public enum Reason { UNSUBSCRIBED, BOUNCED, COMPLAINED, FORGOTTEN, SOFT_BOUNCES }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Suppressions(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Suppresses an address; the first reason given is kept. */
    @Transactional
    public void suppress(String address, Reason reason) {
        jdbc.sql("insert into mail_suppression (address_hash, reason, created_at) values (:hash, :reason, :now)"
                        + " on conflict do nothing")
                .param("hash", hash(address)).param("reason", reason.name())
                .param("now", Timestamp.from(clock.instant())).update();
    }

    @Transactional(readOnly = true)
    public Optional<Reason> reasonFor(String address) {
        return jdbc.sql("select reason from mail_suppression where address_hash = :hash").param("hash", hash(address))
                .query(String.class).optional().map(Reason::valueOf);
    }

    @Transactional(readOnly = true)
    public boolean isSuppressed(String address) {
        return reasonFor(address).isPresent();
    }

    /** Which of these addresses are suppressed, in one query per thousand. */
    @Transactional(readOnly = true)
    public Set<String> suppressedAmong(Collection<String> addresses) {
        var found = new HashSet<String>();
        var all = List.copyOf(addresses);
        for (int from = 0; from < all.size(); from += 1000) {
            var part = all.subList(from, Math.min(all.size(), from + 1000));
            var hashes = part.stream().map(Suppressions::hash).toList();
            var suppressed = new HashSet<>(jdbc.sql("select address_hash from mail_suppression where address_hash in (:hashes)")
                    .param("hashes", hashes).query(String.class).list());
            part.stream().filter(address -> suppressed.contains(hash(address))).forEach(found::add);
        }
        return found;
    }

    /**
     * Someone asked to be forgotten: the address is suppressed (as a hash), the outbox's messages to
     * it are deleted, sent or not, and every feature is told to remove what it keeps of it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(String address) {
        String normal = normal(address);
        jdbc.sql("delete from mail_suppression where address_hash = :hash").param("hash", hash(normal)).update();
        suppress(normal, Reason.FORGOTTEN);
        jdbc.sql("delete from mail_message where lower(recipients) = :address").param("address", normal).update();
        events.publishEvent(new AddressForgotten(normal));
    }

    static String hash(String address) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(normal(address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normal(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
