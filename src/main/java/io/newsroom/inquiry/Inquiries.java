package io.newsroom.inquiry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface Inquiries extends Repository<Inquiry, Long> {

    Inquiry save(Inquiry inquiry);

    /** A person's inquiries, with their threads (the notes go with them in the database). */
    @Modifying
    @Query("delete from Inquiry i where lower(i.email) = :email")
    int deleteByAddress(@Param("email") String email);

    Inquiry saveAndFlush(Inquiry inquiry);

    Optional<Inquiry> findById(Long id);

    Optional<Inquiry> findByFormToken(String formToken);

    long countByStatus(InquiryStatus status);

    /** Inquiries from this address (in any letter case) since then that were not filed as spam. */
    @Query("select count(i) from Inquiry i where lower(i.email) = lower(:email) and i.createdAt > :since"
            + " and i.spamReason is null")
    long countFrom(@Param("email") String email, @Param("since") Instant since);

    String FILTER = " where (:status is null or i.status = :status) and (:topic is null or i.topic = :topic)"
            + " and i.createdAt >= :from and i.createdAt < :until"
            + " and (:text is null or lower(i.name) like :text or lower(i.email) like :text"
            + " or lower(i.organization) like :text) ";

    @Query(value = "select i from Inquiry i" + FILTER + "order by i.createdAt desc, i.id desc",
            countQuery = "select count(i) from Inquiry i" + FILTER)
    Page<Inquiry> search(@Param("status") InquiryStatus status, @Param("topic") Topic topic,
                         @Param("from") Instant from, @Param("until") Instant until,
                         @Param("text") String textLikePattern, Pageable page);

    @Query("select i from Inquiry i" + FILTER + "order by i.createdAt desc, i.id desc")
    List<Inquiry> export(@Param("status") InquiryStatus status, @Param("topic") Topic topic,
                         @Param("from") Instant from, @Param("until") Instant until,
                         @Param("text") String textLikePattern);
}
