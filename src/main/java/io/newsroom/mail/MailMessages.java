package io.newsroom.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface MailMessages extends Repository<MailMessage, Long> {

    MailMessage save(MailMessage message);

    Optional<MailMessage> findById(Long id);

    Optional<MailMessage> findByIdAndReference(Long id, String reference);

    @Query("select m.id from MailMessage m where m.status = io.newsroom.mail.MailStatus.PENDING"
            + " and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now) order by m.id")
    List<Long> findDue(@Param("now") Instant now, Limit limit);

    /** Takes a message for one worker; another worker (or instance) then leaves it alone. */
    @Modifying
    @Query("update MailMessage m set m.claimedUntil = :until where m.id = :id"
            + " and m.status = io.newsroom.mail.MailStatus.PENDING and (m.claimedUntil is null or m.claimedUntil < :now)")
    int claim(@Param("id") Long id, @Param("now") Instant now, @Param("until") Instant until);

    long countByStatus(MailStatus status);

    /** Gives a claim back, so that the message is due again at once. */
    @Modifying
    @Query("update MailMessage m set m.claimedUntil = null where m.id = :id"
            + " and m.status = io.newsroom.mail.MailStatus.PENDING")
    int release(@Param("id") Long id);

    List<MailMessage> findByReferenceOrderById(String reference);

    List<MailMessage> findByReferenceAndStatus(String reference, MailStatus status);

    List<MailMessage> findByIdIn(Collection<Long> ids);

    Optional<MailMessage> findByVerpToken(String token);

    /** Records a report as read; 0 when it was read before, by this instance or another. */
    @Modifying
    @Query(value = "insert into mail_report (report_id, received_at) values (:id, :now) on conflict do nothing",
            nativeQuery = true)
    int firstReading(@Param("id") String reportId, @Param("now") Instant now);

    @Query("select m.status, count(m) from MailMessage m where m.reference = :reference group by m.status")
    List<Object[]> countByStatus(@Param("reference") String reference);

}
