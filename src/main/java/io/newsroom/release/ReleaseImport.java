package io.newsroom.release;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.newsroom.account.Staff;
import io.newsroom.release.model.Categories;
import io.newsroom.release.model.CategoryDesk;
import io.newsroom.release.model.PressReleases;
import io.newsroom.release.model.ReleaseDesk;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How releases come in from another system (a WordPress export, the demo content): one call per
 * release, in the caller's transaction, so that an import can be all or nothing. Each release gets
 * its first revision and an audit line, like one written in the editor. Reads go through
 * {@link ReleaseLookup}.
 */
@Service
public class ReleaseImport {

    /** The longest body a release may have. */
    public static final int MAX_BODY = ReleaseDesk.Text.MAX_BODY;

    private final ReleaseDesk desk;
    private final CategoryDesk categoryDesk;
    private final Categories categories;
    private final PressReleases releases;

    ReleaseImport(ReleaseDesk desk, CategoryDesk categoryDesk, Categories categories, PressReleases releases) {
        this.desk = desk;
        this.categoryDesk = categoryDesk;
        this.categories = categories;
        this.releases = releases;
    }

    /**
     * A release as it was elsewhere.
     *
     * @param category     the slug of one of the newsroom's categories
     * @param imageId      the media library's image shown above it; null for none
     * @param publishAt    when it was (or is to be) published; null for a draft. With review before
     *                     publishing on, only a reviewer's imports are published; an editor's are drafts
     * @param origin       where it came from, the note of its first revision
     * @param by           who brings it in; null for the newsroom itself (the demo content at start-up)
     * @param translations its versions in other languages, in the same story, published with it
     */
    public record Incoming(Slug slug, Locale language, String title, String summary, String body, String category,
                           Long imageId, String imageAlt, Instant publishAt, String origin, Staff by,
                           List<Translation> translations) {
    }

    /** A version of an incoming release in another language; its address is made from its title. */
    public record Translation(Locale language, String title, String summary, String body, String imageAlt) {
    }

    /**
     * What became of an incoming release.
     *
     * @param status as the release now is: {@code DRAFT}, {@code PUBLISHED} or {@code SCHEDULED}
     */
    public record Imported(long id, String slug, String title, String status) {
    }

    /**
     * Saves an incoming release, and its translations, in the caller's transaction.
     *
     * @throws IllegalArgumentException when its category does not exist or its address is taken
     */
    @Transactional
    public Imported bringIn(Incoming incoming) {
        var category = categories.findBySlug(incoming.category()).orElseThrow(() ->
                new IllegalArgumentException("There is no category " + incoming.category()));
        if (releases.existsBySlug(incoming.slug().value())) {
            throw new IllegalArgumentException("The address /news/" + incoming.slug() + " is taken");
        }
        if (incoming.body().length() > MAX_BODY) {
            throw new IllegalArgumentException("The text of " + incoming.slug() + " is longer than " + MAX_BODY);
        }
        var release = desk.bringIn(new ReleaseDesk.Incoming(incoming.slug(), incoming.language(), incoming.title(),
                incoming.summary(), incoming.body(), category, incoming.imageId(), incoming.imageAlt(),
                incoming.publishAt(), incoming.origin()), incoming.by());
        for (var translation : incoming.translations()) {
            desk.bringInTranslation(release.getId(), new ReleaseDesk.Incoming(freeAddressLike(Slug.suggestFor(translation.title())),
                    translation.language(), translation.title(), translation.summary(), translation.body(), category,
                    incoming.imageId(), translation.imageAlt() == null ? incoming.imageAlt() : translation.imageAlt(),
                    incoming.publishAt(), incoming.origin()), incoming.by());
        }
        return new Imported(release.getId(), release.getSlug(), release.getTitle(), release.getStatus().name());
    }

    /** The address itself when it is free, otherwise the first free one of {@code address-2}, {@code -3}… */
    @Transactional(readOnly = true)
    public Slug freeAddressLike(Slug address) {
        if (!releases.existsBySlug(address.value())) {
            return address;
        }
        var base = address.shortenedTo(Slug.MAX_LENGTH - 4).value();
        for (int n = 2; ; n++) {
            var candidate = new Slug((base + "-" + n).replace("--", "-"));
            if (!releases.existsBySlug(candidate.value())) {
                return candidate;
            }
        }
    }

    /** The slug of the category of this name, added (by {@code by}) when there is none. */
    @Transactional
    public String categoryNamed(String name, Staff by) {
        String clean = name.strip().length() > 60 ? name.strip().substring(0, 60).strip() : name.strip();
        return categories.findFirstByNameIgnoreCase(clean).orElseGet(() -> {
            categoryDesk.add(clean, by);
            return categories.findFirstByNameIgnoreCase(clean).orElseThrow();
        }).getSlug();
    }
}
