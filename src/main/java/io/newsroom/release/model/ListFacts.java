package io.newsroom.release.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.newsroom.pagecache.ContentVersion;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * What the public list needs besides its ten releases — the total for the pager, the categories and
 * the years the filter offers — worked out once per content version instead of on every view: a
 * count over 100,000 releases costs a table's worth of rows.
 */
@Component
public class ListFacts {

    private record CountKey(String tag, Long categoryId, String language, Instant from, Instant until) {
    }

    private record YearsKey(String tag, ZoneId zone, String language) {
    }

    private record EndsKey(String tag, Long categoryId, String language, Instant from, Instant until, int size) {
    }

    private final PressReleases releases;
    private final Categories categories;
    private final ContentVersion versions;
    private final Cache<CountKey, Long> counts = Caffeine.newBuilder().maximumSize(2_000).build();
    private final Cache<String, List<Category>> categoryLists = Caffeine.newBuilder().maximumSize(4).build();
    private final Cache<YearsKey, List<Integer>> yearLists = Caffeine.newBuilder().maximumSize(16).build();
    private final Cache<EndsKey, List<ListPosition>> pageEnds = Caffeine.newBuilder()
            .maximumWeight(200_000).weigher((EndsKey key, List<ListPosition> ends) -> 1 + ends.size()).build();

    ListFacts(PressReleases releases, Categories categories, ContentVersion versions) {
        this.releases = releases;
        this.categories = categories;
        this.versions = versions;
    }

    public long count(Instant now, ListFilter filter, Instant from, Instant until) {
        var category = filter.category();
        var key = new CountKey(versions.current().tag(), category == null ? null : category.getId(), filter.language(),
                from, until);
        return counts.get(key, k -> releases.countPublic(now, category, filter.language(), from, until));
    }

    /** The categories, by name. */
    List<Category> categories() {
        return categoryLists.get(versions.current().tag(), k -> categories.findAllByOrderByNameAsc());
    }

    /** The years with public releases in the company's time zone, newest first. */
    List<Integer> years(Instant now, ZoneId zone, String language) {
        return yearLists.get(new YearsKey(versions.current().tag(), zone, language),
                k -> releases.findPublicationSpan(now, language).years(zone));
    }

    /**
     * Where page {@code page} of a filtered list starts: after the last release of the page before.
     * Empty past the end.
     */
    public Optional<ListPosition> startOf(int page, int size, Instant now, ListFilter filter, Instant from, Instant until) {
        var category = filter.category();
        var key = new EndsKey(versions.current().tag(), category == null ? null : category.getId(), filter.language(),
                from, until, size);
        var ends = pageEnds.get(key, k -> releases.findPageEnds(now, category, filter.language(), from, until, size));
        return page - 2 < ends.size() ? Optional.of(ends.get(page - 2)) : Optional.empty();
    }
}
