package io.newsroom.release.api;

import java.time.Instant;
import java.util.Optional;

import io.newsroom.release.model.Categories;
import io.newsroom.release.model.Category;
import io.newsroom.release.model.PressRelease;
import io.newsroom.release.model.PressReleases;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the staff API reads: any release, whatever its status, as the editor sees it. */
@Service
class StaffReleases {

    private final PressReleases releases;
    private final Categories categories;

    StaffReleases(PressReleases releases, Categories categories) {
        this.releases = releases;
        this.categories = categories;
    }

    /** A release as the staff API shows it; {@code version} is its ETag. */
    record StaffRelease(long id, String slug, String status, String language, String title, String summary,
                        String body, String category, Instant publishedAt, long version) {

        static StaffRelease of(PressRelease release) {
            return new StaffRelease(release.getId(), release.getSlug(), release.getStatus().name(),
                    release.getLanguage(), release.getTitle(), release.getSummary(), release.getBody(),
                    release.getCategory().getSlug(), release.getPublishedAt(), release.getVersion());
        }

        String etag() {
            return "\"" + version + "\"";
        }
    }

    @Transactional(readOnly = true)
    Optional<StaffRelease> find(long id) {
        return releases.findById(id).map(StaffRelease::of);
    }

    @Transactional(readOnly = true)
    Optional<Category> category(String slug) {
        return slug == null ? Optional.empty() : categories.findBySlug(slug);
    }
}
