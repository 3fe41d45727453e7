package io.newsroom.campaign.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface Recipients extends Repository<Recipient, Long> {

    Recipient save(Recipient recipient);

    Optional<Recipient> findByToken(String token);

    Optional<Recipient> findByIdAndCampaignId(Long id, Long campaignId);

    Optional<Recipient> findByMailMessageId(Long messageId);

    List<Recipient> findByEmail(String email);

    List<Recipient> findByCampaignIdAndStatusOrderById(Long campaignId, Recipient.Status status, Limit limit);

    Page<Recipient> findByCampaignIdOrderById(Long campaignId, Pageable page);

    /** How many messages campaigns put into the outbox since then, all campaigns together. */
    @Query("select count(r) from Recipient r where r.queuedAt > :since")
    long countQueuedSince(@Param("since") Instant since);

    long countByCampaignIdAndStatus(Long campaignId, Recipient.Status status);

    /** A campaign's figures: recipients; skipped, queued; delivered, bounced, unsubscribed, clicked, opened, replied; clicks; waiting, cancelled. */
    @Query("select count(r), sum(case when r.status = io.newsroom.campaign.model.Recipient.Status.SKIPPED then 1 else 0 end),"
            + " sum(case when r.status = io.newsroom.campaign.model.Recipient.Status.QUEUED then 1 else 0 end),"
            + " count(r.deliveredAt), count(r.bouncedAt), count(r.unsubscribedAt), count(r.firstClickAt),"
            + " count(r.openedAt), count(r.repliedAt), sum(r.clicks),"
            + " sum(case when r.status = io.newsroom.campaign.model.Recipient.Status.WAITING then 1 else 0 end),"
            + " sum(case when r.status = io.newsroom.campaign.model.Recipient.Status.CANCELLED then 1 else 0 end)"
            + " from Recipient r where r.campaignId = :campaign")
    List<Object[]> figures(@Param("campaign") long campaignId);
}
