package io.newsroom.release.model;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.newsroom.media.Image;
import io.newsroom.media.MediaLibrary;
import io.newsroom.release.Slug;
import io.newsroom.settings.Settings;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public pages show, read with a fixed number of queries per page. */
@Service
public class PublicReleases {

    /**
     * Pages up to this one are read with an offset (a few hundred index entries at most); deeper ones
     * start after the last release of the page before, which {@link ListFacts} knows per content version.
     */
    static final int OFFSET_PAGES = 20;

    private final PressReleases releases;
    private final ListFacts facts;
    private final MediaLibrary media;
    private final Clock clock;

    PublicReleases(PressReleases releases, ListFacts facts, MediaLibrary media, Clock clock) {
        this.releases = releases;
        this.facts = facts;
        this.media = media;
        this.clock = clock;
    }

    /** One page of the list, with what the filter form offers. */
    public record ListPage(Page<ReleaseCard> releases, Map<Long, Image> images, List<Category> categories, List<Integer> years) {
    }

    /** A release's page: the sanitized body, its image and its neighbours in time. */
    /** @param translations the release's translations a visitor can see now, itself among them */
    public record ReleasePage(PressRelease release, String body, Image hero, ReleaseLink older, ReleaseLink newer,
                              List<PressRelease> translations) {
    }

    @Transactional(readOnly = true)
    public ListPage list(ListFilter filter, int page, Settings site) {
        var zone = site.timeZone();
        var now = clock.instant();
        var pageable = PageRequest.of(page - 1, site.pageSize());
        var from = filter.from(zone);
        var until = filter.until(zone);
        var cards = page <= OFFSET_PAGES
                ? releases.findPublic(now, filter.category(), filter.language(), from, until, pageable)
                : facts.startOf(page, site.pageSize(), now, filter, from, until)
                        .map(start -> releases.findPublicAfter(now, filter.category(), filter.language(), from, until,
                                start.at(), start.id(), Limit.of(site.pageSize())))
                        .orElse(List.of());
        Page<ReleaseCard> found = PageableExecutionUtils.getPage(cards, pageable,
                () -> facts.count(now, filter, from, until));
        var imageIds = cards.stream().map(ReleaseCard::imageId).filter(Objects::nonNull).toList();
        return new ListPage(found, media.findAll(imageIds), facts.categories(), facts.years(now, zone, filter.language()));
    }

    /**
     * Releases in list order after the given one (or from the newest), for the API's cursor
     * pagination: an index seek whatever the depth, and one more than asked, to tell whether more follow.
     */
    @Transactional(readOnly = true)
    public CardSlice slice(ListFilter filter, ListPosition after, int limit, Settings site) {
        var zone = site.timeZone();
        var now = clock.instant();
        var from = filter.from(zone);
        var until = filter.until(zone);
        var found = after == null
                ? releases.findPublic(now, filter.category(), filter.language(), from, until, PageRequest.of(0, limit + 1))
                : releases.findPublicAfter(now, filter.category(), filter.language(), from, until, after.at(), after.id(),
                        Limit.of(limit + 1));
        var cards = found.size() > limit ? found.subList(0, limit) : found;
        var imageIds = cards.stream().map(ReleaseCard::imageId).filter(Objects::nonNull).toList();
        return new CardSlice(List.copyOf(cards), media.findAll(imageIds), found.size() > limit);
    }

    /** A slice of the list: its releases, their images, and whether more follow. */
    public record CardSlice(List<ReleaseCard> releases, Map<Long, Image> images, boolean more) {
    }

    /** A public release's page, whatever its language (the API). */
    @Transactional(readOnly = true)
    public Optional<ReleasePage> page(String slug) {
        return Slug.parse(slug).flatMap(valid -> releases.findPublicBySlug(valid.value(), clock.instant()))
                .map(release -> render(release, true));
    }

    /** A public release's page in the page's language; another language's release is not found under it. */
    @Transactional(readOnly = true)
    public Optional<ReleasePage> page(String slug, Locale language) {
        var now = clock.instant();
        return Slug.parse(slug)
                .flatMap(valid -> releases.findPublicBySlug(valid.value(), now))
                .filter(release -> release.getLanguage().equals(language.toLanguageTag()))
                .map(release -> render(release, true));
    }

    /** As {@link #pageOrGone(String, Locale)}, whatever the release's language (the API). */
    @Transactional(readOnly = true)
    public ReleasePage pageOrGone(String slug) {
        return page(slug).orElseThrow(() -> missing(slug));
    }

    private RuntimeException missing(String slug) {
        return Slug.parse(slug).filter(valid -> releases.existsEndedBySlug(valid.value(), clock.instant()))
                .<RuntimeException>map(valid -> new ReleaseGoneException(slug))
                .orElseGet(() -> new ReleaseNotFoundException(slug));
    }

    /**
     * A public release's page in the page's language, or why there is none: its end time has passed
     * ({@link ReleaseGoneException}, 410) or no public release has this address ({@link ReleaseNotFoundException}).
     */
    @Transactional(readOnly = true)
    public ReleasePage pageOrGone(String slug, Locale language) {
        return page(slug, language).orElseThrow(() -> missing(slug));
    }

    /** The page exactly as the public would see it, for a release that may not be public yet. */
    @Transactional(readOnly = true)
    public ReleasePage preview(PressRelease release) {
        return render(release, release.getPublishedAt() != null);
    }

    /** Every category, in the order the filters offer them. */
    @Transactional(readOnly = true)
    public List<Category> categories() {
        return facts.categories();
    }

    @Transactional(readOnly = true)
    public Optional<Category> category(String slug) {
        return Slug.parse(slug).flatMap(valid -> facts.categories().stream()
                .filter(category -> category.getSlug().equals(valid.value())).findFirst());
    }

    private ReleasePage render(PressRelease release, boolean withNeighbours) {
        ReleaseLink older = null;
        ReleaseLink newer = null;
        var now = clock.instant();
        if (withNeighbours) {
            var at = release.getPublishedAt();
            older = first(releases.findOlder(at, release.getId(), release.getLanguage(), now, Limit.of(1)));
            newer = first(releases.findNewer(at, release.getId(), release.getLanguage(), now, Limit.of(1)));
        }
        var translations = release.hasTranslations()
                ? releases.findStory(release.story()).stream().filter(r -> r.isPublicAt(now)).toList() : List.of(release);
        return new ReleasePage(release, release.getBodyHtml(),
                media.find(release.getHeroMediaId()).orElse(null), older, newer, translations);
    }

    private static ReleaseLink first(List<ReleaseLink> links) {
        return links.isEmpty() ? null : links.get(0);
    }
}
