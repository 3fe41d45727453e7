package io.newsroom.wordpress;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import io.newsroom.account.Staff;
import io.newsroom.media.Image;
import io.newsroom.release.Markdown;
import io.newsroom.release.ReleaseImport;
import io.newsroom.release.ReleaseLookup;
import io.newsroom.release.Slug;

import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/**
 * Writes the export's posts as releases, one at a time as the export is read, in the import's one
 * transaction; the persistence context is emptied as it goes, so memory stays flat however many
 * posts there are.
 */
@Component
class PostWriter {

    private static final int TITLE_MAX = 200;
    private static final int SUMMARY_MAX = 600;
    private static final int SUMMARY_SUGGESTED = 280;

    private final ReleaseImport imports;
    private final ReleaseLookup releases;
    private final LegacyLinks links;
    private final EntityManager entities;
    private final Clock clock;

    PostWriter(ReleaseImport imports, ReleaseLookup releases, LegacyLinks links, EntityManager entities, Clock clock) {
        this.imports = imports;
        this.releases = releases;
        this.links = links;
        this.entities = entities;
        this.clock = clock;
    }

    /** How a post comes in: as it was on WordPress, or as a draft. */
    enum Status {
        PUBLISHED, SCHEDULED, DRAFT
    }

    /**
     * What the person importing chose on the preview.
     *
     * @param categories the newsroom category (its slug) of each WordPress category (by its slug)
     * @param fallback   the newsroom category of posts that have none of their own
     * @param language the language posts come in as
     * @param korean   the newsroom's Korean, if it has it: a post whose title is in Hangul comes in as Korean
     */
    record Plan(boolean keepStatus, boolean skipClashes, Map<String, String> categories, String fallback,
                Locale language, Locale korean, Staff staff) {

        Locale languageOf(String title) {
            return korean != null && title.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3) ? korean : language;
        }

        String categoryOf(List<String> slugs) {
            return slugs.stream().filter(slug -> !slug.equals("uncategorized") || slugs.size() == 1)
                    .map(categories::get).filter(java.util.Objects::nonNull).findFirst().orElse(fallback);
        }
    }

    void write(WxrReader.Item item, Plan plan, Survey survey, Map<String, Image> images, Report.Builder report) {
        String title = item.title().isBlank() ? "Untitled (WordPress post " + item.wpId() + ")" : item.title();
        switch (item.type()) {
            case "post" -> {
            }
            case "page" -> {
                report.skip(title, "A page: only posts are imported");
                return;
            }
            case "attachment", "nav_menu_item", "wp_global_styles", "wp_navigation", "custom_css", "revision" -> {
                return;
            }
            default -> {
                report.skip(title, "Of type \u201c" + item.type() + "\u201d: only posts are imported");
                return;
            }
        }
        Status status = statusOf(item.status());
        if (status == null) {
            report.skip(title, "Its WordPress status is \u201c" + item.status() + "\u201d (trash and auto-drafts are left out)");
            return;
        }
        if (!plan.keepStatus() || item.date() == null) {
            status = Status.DRAFT;
        }
        if (title.length() > TITLE_MAX) {
            report.note(title, "The title was shortened to " + TITLE_MAX + " characters");
            title = title.substring(0, TITLE_MAX - 1).strip() + "\u2026";
        }
        var converted = WordPressHtml.convert(item.content(), ImportedImages.lookup(images, survey));
        if (converted.markdown().isBlank()) {
            report.skip(title, "It has no text");
            return;
        }
        if (converted.markdown().length() > ReleaseImport.MAX_BODY) {
            report.skip(title, "Its text is longer than a release may be (" + ReleaseImport.MAX_BODY + " characters)");
            return;
        }
        var slug = slugFor(item.slug(), title, item.wpId());
        if (releases.addressTaken(slug.value())) {
            if (plan.skipClashes()) {
                report.skip(title, "The address /news/" + slug + " is taken by another release");
                return;
            }
            var unique = imports.freeAddressLike(slug);
            report.note(title, "/news/" + slug + " was taken; it is at /news/" + unique);
            slug = unique;
        }
        converted.notes().forEach(note -> report.note(item.title(), note));
        Long imageId = null;
        String imageAlt = null;
        var thumbnail = survey.attachment(number(item.meta("_thumbnail_id")));
        if (thumbnail.isPresent() && images.containsKey(thumbnail.get().path())) {
            imageId = images.get(thumbnail.get().path()).id();
            imageAlt = thumbnail.get().alt().isBlank() ? title : cut(thumbnail.get().alt(), 300);
        }
        var at = item.date() == null ? clock.instant() : item.date();
        var release = imports.bringIn(new ReleaseImport.Incoming(slug, plan.languageOf(title), title.strip(),
                summary(item, converted.markdown(), title), converted.markdown(), plan.categoryOf(item.categories()),
                imageId, imageAlt, status == Status.DRAFT ? null : at, "imported from WordPress (post " + item.wpId() + ")",
                plan.staff(), List.of()));
        String oldPath = oldPath(item.link());
        links.add(oldPath, release.id());
        links.add("/?p=" + item.wpId(), release.id());
        report.imported.add(new Report.Imported(release.id(), release.title(), release.slug(), release.status(), oldPath));
        if (report.imported.size() % 25 == 0) {
            entities.flush();
            entities.clear();
        }
    }

    /** Whether a release has this address already. */
    boolean addressTaken(String slug) {
        return releases.addressTaken(slug);
    }

    /** What a WordPress status becomes; null for those left out (trash, auto-drafts). */
    static Status statusOf(String wordpressStatus) {
        return switch (wordpressStatus) {
            case "publish" -> Status.PUBLISHED;
            case "future" -> Status.SCHEDULED;
            case "draft", "pending", "private" -> Status.DRAFT;
            default -> null;
        };
    }

    /** The post's own slug where it can be one here, else one made from its title, else its number. */
    static Slug slugFor(String wordpressSlug, String title, long wpId) {
        var given = Slug.parse(wordpressSlug.toLowerCase(Locale.ROOT));
        if (given.isPresent()) {
            return given.get();
        }
        if (!wordpressSlug.isBlank()) {
            // a slug in Hangul (WordPress keeps them percent-encoded): the same words, romanized
            var romanized = Slug.suggestFor(wordpressSlug);
            if (romanized.value().matches(".*[a-z].*") && !romanized.value().equals("release")) {
                return romanized;
            }
        }
        // a title in another script leaves little of itself (a year, say): the post's number is more telling
        var suggested = Slug.suggestFor(title);
        return suggested.value().equals("release") || !suggested.value().matches(".*[a-z].*")
                ? new Slug("post-" + wpId) : suggested;
    }

    /** The excerpt where the post has one, otherwise the start of its text, at a word's end. */
    private static String summary(WxrReader.Item item, String markdown, String title) {
        String excerpt = Jsoup.parse(item.excerpt()).text().strip();
        String text = excerpt.isEmpty() ? Markdown.visibleText(markdown).strip() : excerpt;
        if (text.isEmpty()) {
            return cut(title, SUMMARY_MAX);
        }
        return text.length() <= SUMMARY_SUGGESTED ? text : cut(text, SUMMARY_SUGGESTED);
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max - 1);
        return text.substring(0, space > max / 2 ? space : max - 1).strip() + "\u2026";
    }

    /** The path of the post's old address, as the filter looks it up; none for /?p= permalinks. */
    static String oldPath(String link) {
        try {
            String path = URI.create(link.strip()).getPath();
            return path == null || path.isEmpty() || path.equals("/") ? null : LegacyLinkFilter.normalised(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
