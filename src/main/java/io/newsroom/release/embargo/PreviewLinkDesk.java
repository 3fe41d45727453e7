package io.newsroom.release.embargo;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import io.newsroom.account.Staff;
import io.newsroom.audit.AuditLog;
import io.newsroom.release.model.PressReleases;
import io.newsroom.release.model.PublicReleases;
import io.newsroom.release.model.ReleaseStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Embargoed preview links: made and revoked by staff, opened by journalists. One transaction each. */
@Service
class PreviewLinkDesk {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,64}");

    private final PreviewLinks links;
    private final PressReleases releases;
    private final PublicReleases pages;
    private final AuditLog audit;
    private final Clock clock;

    PreviewLinkDesk(PreviewLinks links, PressReleases releases, PublicReleases pages, AuditLog audit, Clock clock) {
        this.links = links;
        this.releases = releases;
        this.pages = pages;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a link leads to: the public page once the release is out, else the embargoed preview. */
    sealed interface Opened {
    }

    record Public(String slug, String language) implements Opened {
    }

    /** @param until the embargo's end for a scheduled release, or null for a draft */
    record Embargoed(PublicReleases.ReleasePage page, Instant until) implements Opened {
    }

    /** Empty for a token that is not an active link to a release outside the trash that has not ended. Counts the use. */
    @Transactional
    Optional<Opened> open(String token) {
        var link = TOKEN.matcher(token).matches()
                ? links.findByToken(token).filter(PreviewLink::isActive) : Optional.<PreviewLink>empty();
        var release = link.flatMap(found -> releases.findById(found.getReleaseId()))
                .filter(found -> found.getStatus() != ReleaseStatus.TRASHED);
        var now = clock.instant();
        if (release.isEmpty() || release.get().hasEndedAt(now)) {
            return Optional.empty();
        }
        if (release.get().isPublicAt(now)) {
            return Optional.of(new Public(release.get().getSlug(), release.get().getLanguage()));
        }
        link.get().used(now);
        return Optional.of(new Embargoed(pages.preview(release.get()),
                release.get().getStatus() == ReleaseStatus.SCHEDULED ? release.get().getPublishedAt() : null));
    }

    /** A new link for one journalist; false when there is no such release. */
    @Transactional
    boolean create(long releaseId, String label, Staff staff) {
        return releases.findById(releaseId).map(release -> {
            links.save(new PreviewLink(release.getId(), label.strip(), staff.getDisplayName(), clock.instant()));
            audit.record(staff.actor(), "release.preview-link-created", release.getTitle() + " → " + label.strip());
            return true;
        }).orElse(false);
    }

    /** False when the release has no such link. */
    @Transactional
    boolean revoke(long releaseId, long linkId, Staff staff) {
        return links.findByIdAndReleaseId(linkId, releaseId).map(link -> {
            link.revoke(clock.instant());
            audit.record(staff.actor(), "release.preview-link-revoked", link.getLabel());
            return true;
        }).orElse(false);
    }
}
