package io.newsroom.campaign.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface Campaigns extends Repository<Campaign, Long> {

    Campaign save(Campaign campaign);

    Optional<Campaign> findById(Long id);

    List<Campaign> findAllByOrderByIdDesc();

    List<Campaign> findByReleaseIdOrderByIdDesc(Long releaseId);

    @Query("select c.id from Campaign c where (c.status = io.newsroom.campaign.model.CampaignStatus.SCHEDULED"
            + " and c.sendAt <= :now) or c.status = io.newsroom.campaign.model.CampaignStatus.SENDING order by c.id")
    List<Long> findActive(@Param("now") Instant now);

    /**
     * Takes the next share of a sending campaign's rate for one instance: the row is updated only
     * if nobody moved it on since {@code from}, so two instances never queue the same share.
     */
    @Modifying
    @Query("update Campaign c set c.dispatchedUntil = :until where c.id = :id"
            + " and c.status = io.newsroom.campaign.model.CampaignStatus.SENDING and c.dispatchedUntil = :from")
    int claimShare(@Param("id") long id, @Param("from") Instant from, @Param("until") Instant until);
}
