package io.newsroom.release.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.newsroom.media.Image;
import io.newsroom.release.model.Category;
import io.newsroom.release.model.ListFilter;
import io.newsroom.release.model.ListPosition;
import io.newsroom.release.model.PublicReleases;
import io.newsroom.release.model.ReleaseCard;
import io.newsroom.release.pages.ReleaseSearch;
import io.newsroom.settings.Languages;
import io.newsroom.settings.Settings;
import io.newsroom.settings.SettingsLookup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public read API: the releases, categories and search of the public pages, as JSON, under the
 * same visibility rules (the same queries: never a draft, an embargoed or a trashed release).
 */
@Tag(name = "Public releases")
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicApiController {

    static final int DEFAULT_LIMIT = 20;
    static final int MOST = 50;

    private final PublicReleases releases;
    private final ReleaseSearch search;
    private final SettingsLookup settings;

    private final Languages languages;

    PublicApiController(PublicReleases releases, ReleaseSearch search, SettingsLookup settings, Languages languages) {
        this.languages = languages;
        this.releases = releases;
        this.search = search;
        this.settings = settings;
    }

    /** Newest first, {@code limit} at a time; {@code next} carries on where this page ended. */
    @Operation(summary = "Public releases, newest first",
            description = "limit 1-50 (default 20); follow next, an opaque cursor, for the following page")
    @GetMapping("/releases")
    ApiViews.ReleaseList releases(@RequestParam(required = false) String category,
                                  @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) String language,
                                  @RequestParam(required = false) String cursor,
                                  @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
        if (limit < 1 || limit > MOST) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and " + MOST);
        }
        if (!ListFilter.isYear(year)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such year: " + year);
        }
        if (language != null && !language.isBlank() && languages.byCode(language).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such language: " + language
                    + " (this newsroom has " + languages.all().stream().map(Locale::toLanguageTag).toList() + ")");
        }
        var filter = new ListFilter(category == null || category.isBlank() ? null : findCategory(category), year,
                language == null || language.isBlank() ? null : languages.byCode(language).get().toLanguageTag());
        var site = settings.current();
        var slice = releases.slice(filter, decode(cursor), limit, site);
        var summaries = slice.releases().stream()
                .map(card -> summary(card, card.imageId() == null ? null : slice.images().get(card.imageId()), site,
                        languages.releasePath(card.language(), card.slug())))
                .toList();
        String next = null;
        if (slice.more()) {
            var last = slice.releases().get(slice.releases().size() - 1);
            next = UriComponentsBuilder.fromPath("/api/v1/releases")
                    .queryParamIfPresent("category", Optional.ofNullable(filter.category()).map(Category::getSlug))
                    .queryParamIfPresent("year", Optional.ofNullable(year))
                    .queryParamIfPresent("language", Optional.ofNullable(filter.language()))
                    .queryParam("cursor", encode(new ListPosition(last.publishedAt(), last.id())))
                    .queryParamIfPresent("limit", Optional.ofNullable(limit == DEFAULT_LIMIT ? null : limit))
                    .encode().build().toUriString();
        }
        return new ApiViews.ReleaseList(summaries, next);
    }

    @Operation(summary = "One public release, with its sanitized body")
    @GetMapping("/releases/{slug}")
    ApiViews.ReleaseDetail release(@PathVariable String slug) {
        var page = releases.pageOrGone(slug);
        var site = settings.current();
        var release = page.release();
        return new ApiViews.ReleaseDetail(release.getSlug(), release.getLanguage(), release.getTitle(),
                release.getSummary(), page.body(), category(release.getCategory()), release.getPublishedAt(),
                site.absolute(languages.releasePath(release.getLanguage(), release.getSlug())),
                site.absolute(languages.releasePath(release.getLanguage(), release.getSlug()) + ".pdf"),
                image(page.hero(), release.getHeroImageAlt(), site));
    }

    @Operation(summary = "Every category")
    @GetMapping("/categories")
    List<ApiViews.CategoryView> categories() {
        return releases.categories().stream().map(PublicApiController::category).toList();
    }

    /** Ranked by relevance as the search page ranks them, {@value #DEFAULT_LIMIT} a page. */
    @Operation(summary = "Releases matching q, ranked, 20 a page")
    @GetMapping("/search")
    ApiViews.SearchResults search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
                                  @RequestParam(required = false) String language) {
        String query = ReleaseSearch.clean(q);
        if (query.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "q is required");
        }
        int current = Math.max(page, 1);
        var in = language == null || language.isBlank() ? languages.defaultLanguage()
                : languages.byCode(language).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "No such language: " + language));
        var result = search.search(query, current, DEFAULT_LIMIT, in);
        var site = settings.current();
        var hits = result.hits().stream().map(hit -> new ApiViews.SearchHit(hit.slug(), hit.title(),
                new ApiViews.CategoryView(hit.categorySlug(), hit.categoryName()), hit.publishedAt(),
                site.absolute(languages.releasePath(hit.language(), hit.slug())), hit.snippetHtml())).toList();
        String next = (long) current * DEFAULT_LIMIT < result.total()
                ? UriComponentsBuilder.fromPath("/api/v1/search").queryParam("q", query).queryParam("page", current + 1)
                        .queryParam("language", in.toLanguageTag())
                        .encode().build().toUriString()
                : null;
        return new ApiViews.SearchResults(query, result.total(), result.more(), hits, next);
    }

    private Category findCategory(String slug) {
        return releases.category(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such category: " + slug));
    }

    private static ApiViews.ReleaseSummary summary(ReleaseCard card, Image image, Settings site, String path) {
        return new ApiViews.ReleaseSummary(card.slug(), card.language(), card.title(), card.summary(),
                new ApiViews.CategoryView(card.categorySlug(), card.categoryName()), card.publishedAt(),
                site.absolute(path), image(image, card.imageAlt(), site));
    }

    private static ApiViews.CategoryView category(Category category) {
        return new ApiViews.CategoryView(category.getSlug(), category.getName());
    }

    private static ApiViews.ImageView image(Image image, String alt, Settings site) {
        if (image == null) {
            return null;
        }
        String srcset = String.join(", ", image.sources().stream()
                .map(source -> site.absolute(source.url()) + " " + source.width() + "w").toList());
        return new ApiViews.ImageView(site.absolute(image.src(1600)), srcset, image.width(), image.height(), alt);
    }

    /** A cursor is opaque to clients: the place of the last release of a page, base64url-encoded. */
    static String encode(ListPosition position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((position.at() + "|" + position.id()).getBytes(StandardCharsets.UTF_8));
    }

    static ListPosition decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            return new ListPosition(Instant.parse(text.substring(0, bar)), Long.parseLong(text.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a cursor this API gave out");
        }
    }
}
