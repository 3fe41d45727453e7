package io.newsroom.release;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.newsroom.release.model.Categories;
import io.newsroom.release.model.Category;
import io.newsroom.release.model.ListFacts;
import io.newsroom.release.model.ListFilter;
import io.newsroom.release.model.PressReleases;
import io.newsroom.release.model.StoryMember;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features may know of releases: enough to name and link one. */
@Service
public class ReleaseLookup {

    private final PressReleases releases;
    private final Categories categories;
    private final ListFacts facts;
    private final Clock clock;

    ReleaseLookup(PressReleases releases, Categories categories, ListFacts facts, Clock clock) {
        this.releases = releases;
        this.categories = categories;
        this.facts = facts;
        this.clock = clock;
    }

    public record ReleaseRef(Long id, String slug, String title, String language) {
    }

    public record CategoryRef(String slug, String name) {
    }

    /** The newest public releases of a language, of one category when {@code categorySlug} is given. */
    @Transactional(readOnly = true)
    public Optional<List<PublicRelease>> latest(int limit, String categorySlug, Locale language) {
        Category category = null;
        if (categorySlug != null && !categorySlug.isBlank()) {
            category = Slug.parse(categorySlug).flatMap(valid -> categories.findBySlug(valid.value())).orElse(null);
            if (category == null) {
                return Optional.empty();
            }
        }
        return Optional.of(releases.findLatestPublic(clock.instant(), category, language.toLanguageTag(), Limit.of(limit)));
    }

    @Transactional(readOnly = true)
    public List<CategoryRef> categories() {
        return categories.findAllByOrderByNameAsc().stream().map(c -> new CategoryRef(c.getSlug(), c.getName())).toList();
    }

    /** Whether a release (in any state, the trash included) has this address. */
    @Transactional(readOnly = true)
    public boolean addressTaken(String slug) {
        return releases.existsBySlug(slug);
    }

    /** Whether the newsroom has any release at all, the trash included. */
    @Transactional(readOnly = true)
    public boolean hasAny() {
        return releases.existsBy();
    }

    /** A release a visitor can see, by its address. */
    @Transactional(readOnly = true)
    public Optional<ReleaseRef> findPublic(String slug) {
        return Slug.parse(slug).flatMap(valid -> releases.findPublicBySlug(valid.value(), clock.instant()))
                .map(release -> new ReleaseRef(release.getId(), release.getSlug(), release.getTitle(),
                        release.getLanguage()));
    }

    /** A release a visitor can see, by its id. */
    @Transactional(readOnly = true)
    public Optional<ReleaseRef> findPublic(long id) {
        var now = clock.instant();
        return releases.findById(id).filter(release -> release.isPublicAt(now))
                .map(release -> new ReleaseRef(release.getId(), release.getSlug(), release.getTitle(),
                        release.getLanguage()));
    }

    @Transactional(readOnly = true)
    public Optional<ReleaseRef> find(Long id) {
        return id == null ? Optional.empty() : releases.findById(id)
                .map(release -> new ReleaseRef(release.getId(), release.getSlug(), release.getTitle(),
                        release.getLanguage()));
    }

    /** When a release was (or is to be) published, for what it did since; empty for a draft. */
    @Transactional(readOnly = true)
    public Optional<Instant> publishedAt(long id) {
        return releases.findById(id).map(release -> release.getPublishedAt());
    }

    /** The releases at these addresses, whatever their state, for lists of what was read. */
    @Transactional(readOnly = true)
    public Map<String, ReleaseRef> bySlug(Collection<String> slugs) {
        var found = new HashMap<String, ReleaseRef>();
        for (String slug : slugs) {
            Slug.parse(slug).flatMap(valid -> releases.findFirstBySlug(valid.value())).ifPresent(release -> found.put(slug,
                    new ReleaseRef(release.getId(), release.getSlug(), release.getTitle(), release.getLanguage())));
        }
        return found;
    }

    /** A public translation of a story: where it is, in which language. */
    public record Translation(String language, String slug) {
    }

    /** The public translations of every story that has more than one, by story. */
    @Transactional(readOnly = true)
    public Map<Long, List<Translation>> publicTranslations() {
        var stories = releases.findPublicStoryMembers(clock.instant()).stream().collect(Collectors.groupingBy(
                StoryMember::story, Collectors.mapping(m -> new Translation(m.language(), m.slug()), Collectors.toList())));
        stories.values().removeIf(members -> members.size() < 2);
        return stories;
    }

    /** How many releases a visitor can see now (counted once per content version). */
    @Transactional(readOnly = true)
    public long countPublic() {
        var all = new ListFilter(null, null, null);
        return facts.count(clock.instant(), all, all.from(ZoneOffset.UTC), all.until(ZoneOffset.UTC));
    }

    /**
     * The public releases, newest first, cut into parts of {@code size}: part 1 is the newest. Later
     * parts start after the last release of the part before, so none costs more than its own rows.
     */
    @Transactional(readOnly = true)
    public List<PublicRelease> publicPart(int part, int size) {
        var now = clock.instant();
        if (part <= 1) {
            return releases.findLatestPublic(now, null, null, Limit.of(size));
        }
        var all = new ListFilter(null, null, null);
        return facts.startOf(part, size, now, all, all.from(ZoneOffset.UTC), all.until(ZoneOffset.UTC))
                .map(start -> releases.findLatestPublicAfter(now, start.at(), start.id(), Limit.of(size)))
                .orElse(List.of());
    }
}
