package io.newsroom.release.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

import io.newsroom.release.PublicRelease;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * All press releases. Every query a visitor can reach applies {@link #PUBLIC}, so that drafts,
 * future and trashed releases never leave the database for a public page.
 */
public interface PressReleases extends Repository<PressRelease, Long> {

    /** The one definition of "a visitor may see this release at {@code :now}". */
    String PUBLIC = " r.status in (io.newsroom.release.model.ReleaseStatus.SCHEDULED,"
            + " io.newsroom.release.model.ReleaseStatus.PUBLISHED) and r.publishedAt <= :now"
            + " and (r.endsAt is null or r.endsAt > :now) ";

    String LIST_FILTER = PUBLIC
            + " and r.publishedAt >= :from and r.publishedAt < :until"
            + " and (:category is null or r.category = :category)"
            + " and (:language is null or r.language = :language) ";

    /** One page of the list; its total comes from {@link #countPublic}, counted once per content version. */
    @Query("select new io.newsroom.release.model.ReleaseCard(r.id, r.slug, r.title, r.summary, c.slug, c.name,"
            + " r.publishedAt, r.heroMediaId, r.heroImageAlt, r.language) from PressRelease r join r.category c where" + LIST_FILTER
            + "order by r.publishedAt desc, r.id desc")
    List<ReleaseCard> findPublic(@Param("now") Instant now, @Param("category") Category category,
                                 @Param("language") String language,
                                 @Param("from") Instant from, @Param("until") Instant until, Pageable page);

    /** The page after the given release: how deep pages avoid an offset. */
    @Query("select new io.newsroom.release.model.ReleaseCard(r.id, r.slug, r.title, r.summary, c.slug, c.name,"
            + " r.publishedAt, r.heroMediaId, r.heroImageAlt, r.language) from PressRelease r join r.category c where" + LIST_FILTER
            + " and (r.publishedAt, r.id) < (:at, :id) order by r.publishedAt desc, r.id desc")
    List<ReleaseCard> findPublicAfter(@Param("now") Instant now, @Param("category") Category category,
                                      @Param("language") String language,
                                      @Param("from") Instant from, @Param("until") Instant until,
                                      @Param("at") Instant at, @Param("id") Long id, Limit limit);

    /**
     * The last release of every {@code size}-th page of the list, in order: where each deep page
     * starts. One pass over the index, once per content version.
     */
    @Query("select new io.newsroom.release.model.ListPosition(x.at, x.id) from (select r.publishedAt as at, r.id as id,"
            + " row_number() over (order by r.publishedAt desc, r.id desc) as n from PressRelease r where" + LIST_FILTER
            + ") x where mod(x.n, :size) = 0 order by x.n")
    List<ListPosition> findPageEnds(@Param("now") Instant now, @Param("category") Category category,
                                    @Param("language") String language,
                                    @Param("from") Instant from, @Param("until") Instant until, @Param("size") long size);

    @Query("select count(r) from PressRelease r where" + LIST_FILTER)
    long countPublic(@Param("now") Instant now, @Param("category") Category category,
                     @Param("language") String language,
                     @Param("from") Instant from, @Param("until") Instant until);

    /** Whatever its state: the release that has (or last had) this address. */
    Optional<PressRelease> findFirstBySlug(String slug);

    @Query("select r from PressRelease r join fetch r.category where r.slug = :slug and" + PUBLIC)
    Optional<PressRelease> findPublicBySlug(@Param("slug") String slug, @Param("now") Instant now);

    /** A release under this address whose end time has passed (recorded or not): its page is gone. */
    @Query("select count(r) > 0 from PressRelease r where r.slug = :slug and (r.status = io.newsroom.release.model.ReleaseStatus.ENDED"
            + " or (r.status in (io.newsroom.release.model.ReleaseStatus.SCHEDULED, io.newsroom.release.model.ReleaseStatus.PUBLISHED)"
            + " and r.endsAt <= :now))")
    boolean existsEndedBySlug(@Param("slug") String slug, @Param("now") Instant now);

    /** The public release published just before the given one. */
    @Query("select new io.newsroom.release.model.ReleaseLink(r.slug, r.title) from PressRelease r where" + PUBLIC
            + " and r.language = :language and (r.publishedAt, r.id) < (:at, :id)"
            + " order by r.publishedAt desc, r.id desc")
    List<ReleaseLink> findOlder(@Param("at") Instant at, @Param("id") Long id, @Param("language") String language,
                                @Param("now") Instant now, Limit limit);

    /** The public release published just after the given one. */
    @Query("select new io.newsroom.release.model.ReleaseLink(r.slug, r.title) from PressRelease r where" + PUBLIC
            + " and r.language = :language and (r.publishedAt, r.id) > (:at, :id)"
            + " order by r.publishedAt asc, r.id asc")
    List<ReleaseLink> findNewer(@Param("at") Instant at, @Param("id") Long id, @Param("language") String language,
                                @Param("now") Instant now, Limit limit);

    @Query("select new io.newsroom.release.model.PublicationSpan(min(r.publishedAt), max(r.publishedAt))"
            + " from PressRelease r where" + PUBLIC + " and r.language = :language")
    PublicationSpan findPublicationSpan(@Param("now") Instant now, @Param("language") String language);

    boolean existsBy();

    /** Public releases, newest first, as feeds and the sitemap list them. */
    @Query("select new io.newsroom.release.PublicRelease(coalesce(r.storyId, r.id), r.slug, r.language, r.title,"
            + " r.summary, c.name, c.slug, r.publishedAt, r.updatedAt) from PressRelease r join r.category c where" + PUBLIC
            + " and (:category is null or c = :category) and (:language is null or r.language = :language)"
            + " order by r.publishedAt desc, r.id desc")
    List<PublicRelease> findLatestPublic(@Param("now") Instant now, @Param("category") Category category,
                                                      @Param("language") String language, Limit limit);

    /** The public releases published before the given one, newest first: the sitemap's later files. */
    @Query("select new io.newsroom.release.PublicRelease(coalesce(r.storyId, r.id), r.slug, r.language, r.title,"
            + " r.summary, c.name, c.slug, r.publishedAt, r.updatedAt) from PressRelease r join r.category c where" + PUBLIC
            + " and (r.publishedAt, r.id) < (:at, :id) order by r.publishedAt desc, r.id desc")
    List<PublicRelease> findLatestPublicAfter(@Param("now") Instant now, @Param("at") Instant at,
                                                           @Param("id") Long id, Limit limit);

    PressRelease save(PressRelease release);

    void delete(PressRelease release);

    @Query("select r from PressRelease r join fetch r.category where r.id = :id")
    Optional<PressRelease> findById(@Param("id") Long id);

    boolean existsBySlugAndIdNot(String slug, Long id);

    /** Every translation of a story, the story's first release included. */
    @Query("select r from PressRelease r where r.id = :story or r.storyId = :story order by r.id")
    List<PressRelease> findStory(@Param("story") long story);

    /**
     * The public releases that have translations: story, language and slug, for the sitemap's
     * alternate links (read by the story index: releases without translations have no story).
     */
    @Query("select new io.newsroom.release.model.StoryMember(r.storyId, r.language, r.slug)"
            + " from PressRelease r where" + PUBLIC + " and r.storyId is not null")
    List<StoryMember> findPublicStoryMembers(@Param("now") Instant now);

    boolean existsBySlug(String slug);

    long countByCategory(Category category);

    /** The admin's list: every release in any state, filtered, sorted and paged by the caller. */
    @Query(value = "select r from PressRelease r join fetch r.category c"
            + " where (:status is null or r.status = :status)"
            + " and (:review is null or r.reviewState = :review)"
            + " and (:category is null or c = :category)"
            + " and (:title is null or lower(r.title) like :title)",
            countQuery = "select count(r) from PressRelease r where (:status is null or r.status = :status)"
                    + " and (:review is null or r.reviewState = :review)"
                    + " and (:category is null or r.category = :category)"
                    + " and (:title is null or lower(r.title) like :title)")
    Page<PressRelease> findForAdmin(@Param("status") ReleaseStatus status, @Param("review") ReviewState review,
                                    @Param("category") Category category,
                                    @Param("title") String titleLikePattern, Pageable page);

    /** The staff API's list: every release in any state, newest id first, from below {@code before}. */
    @Query("select r from PressRelease r join fetch r.category where (:status is null or r.status = :status)"
            + " and r.id < :before order by r.id desc")
    List<PressRelease> findForStaff(@Param("status") ReleaseStatus status, @Param("before") long before, Limit limit);

    /**
     * Scheduled releases whose time has come, for the job that records them as published; locked,
     * skipping those another instance's job has locked, so each is recorded (and alerted) once.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("select r from PressRelease r where r.status = io.newsroom.release.model.ReleaseStatus.SCHEDULED"
            + " and r.publishedAt <= :now")
    List<PressRelease> findDue(@Param("now") Instant now);

    /** Public releases whose end time has passed, for the job that records them as ended; locked as {@link #findDue}. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("select r from PressRelease r where r.status in (io.newsroom.release.model.ReleaseStatus.SCHEDULED,"
            + " io.newsroom.release.model.ReleaseStatus.PUBLISHED) and r.endsAt <= :now")
    List<PressRelease> findEnding(@Param("now") Instant now);

    /** When the longest-overdue scheduled release was due, if one is still not recorded as published. */
    @Query("select min(r.publishedAt) from PressRelease r where r.status = io.newsroom.release.model.ReleaseStatus.SCHEDULED"
            + " and r.publishedAt <= :now")
    Optional<Instant> findOldestDue(@Param("now") Instant now);
}
