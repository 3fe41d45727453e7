package io.newsroom.release;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A release as the list shows it. */
record ReleaseCard(String slug, String title, String summary, Category category, ZonedDateTime publishedAt,
                   String image, String imageAlt) {

    static ReleaseCard of(PressRelease release, ZoneId zone) {
        return new ReleaseCard(release.getSlug(), release.getTitle(), release.getSummary(), release.getCategory(),
                release.getPublishedAt().atZone(zone), release.getHeroImage(), release.getHeroImageAlt());
    }
}
