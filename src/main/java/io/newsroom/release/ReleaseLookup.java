package io.newsroom.release;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features may know of releases: enough to name and link one. */
@Service
public class ReleaseLookup {

    private final PressReleases releases;
    private final Clock clock;

    ReleaseLookup(PressReleases releases, Clock clock) {
        this.releases = releases;
        this.clock = clock;
    }

    public record ReleaseRef(Long id, String slug, String title) {
    }

    /** A release a visitor can see, by its address. */
    @Transactional(readOnly = true)
    public Optional<ReleaseRef> findPublic(String slug) {
        return Slug.parse(slug).flatMap(valid -> releases.findPublicBySlug(valid.value(), clock.instant()))
                .map(release -> new ReleaseRef(release.getId(), release.getSlug(), release.getTitle()));
    }

    @Transactional(readOnly = true)
    public Optional<ReleaseRef> find(Long id) {
        return id == null ? Optional.empty() : releases.findById(id)
                .map(release -> new ReleaseRef(release.getId(), release.getSlug(), release.getTitle()));
    }
}
