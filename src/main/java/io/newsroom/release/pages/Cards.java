package io.newsroom.release.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.newsroom.media.Image;
import io.newsroom.release.model.ReleaseCard;
import io.newsroom.site.Dates;
import io.newsroom.web.RequestLanguage;

import org.springframework.stereotype.Component;

/** Turns what the list and search queries read into {@link Card}s. */
@Component
class Cards {

    /** Cards at the top of a page, likely in the first screen, whose images are not lazy. */
    static final int EAGER_IMAGES = 3;
    /** The width of a card's image as laid out on a wide screen. */
    static final int IMAGE_WIDTH = 480;

    private final Dates dates;

    Cards(Dates dates) {
        this.dates = dates;
    }

    List<Card> of(List<ReleaseCard> releases, Map<Long, Image> images) {
        var cards = new ArrayList<Card>(releases.size());
        for (var release : releases) {
            var image = release.imageId() == null ? null : images.get(release.imageId());
            var picture = image == null ? null : new Card.Picture(image.src(IMAGE_WIDTH), image.srcset(),
                    release.imageAlt(), image.heightFor(IMAGE_WIDTH), cards.size() < EAGER_IMAGES ? "eager" : "lazy");
            cards.add(card(release.slug(), release.title(), release.publishedAt(), release.categorySlug(),
                    release.categoryName(), release.summary(), null, picture));
        }
        return cards;
    }

    List<Card> ofHits(List<ReleaseSearch.Hit> hits) {
        return hits.stream().map(hit -> card(hit.slug(), hit.title(), hit.publishedAt(), hit.categorySlug(),
                hit.categoryName(), null, hit.snippetHtml(), null)).toList();
    }

    private Card card(String slug, String title, Instant publishedAt, String categorySlug, String categoryName,
                      String summary, String snippetHtml, Card.Picture picture) {
        // Slugs are [a-z0-9-] (Slug), so they need no encoding in a path or a query
        String prefix = RequestLanguage.prefix();
        return new Card(prefix + "/news/" + slug, title, dates.iso(publishedAt), dates.display(publishedAt),
                prefix + "/news?category=" + categorySlug, categoryName, summary, snippetHtml, picture);
    }
}
