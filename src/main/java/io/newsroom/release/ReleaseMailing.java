package io.newsroom.release;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.newsroom.release.embargo.PreviewLink;
import io.newsroom.release.embargo.PreviewLinks;
import io.newsroom.release.model.PressRelease;
import io.newsroom.release.model.PressReleases;
import io.newsroom.release.model.ReleaseStatus;
import io.newsroom.settings.Languages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a mailing to journalists may know of a release: its text in each language it has, whether
 * it may be mailed at all, and personal embargo links. Only a release that is public, or scheduled
 * (which review has let through), may be mailed: a draft's text never leaves by mail.
 */
@Service
public class ReleaseMailing {

    private final PressReleases releases;
    private final PreviewLinks links;
    private final Languages languages;
    private final Clock clock;

    ReleaseMailing(PressReleases releases, PreviewLinks links, Languages languages, Clock clock) {
        this.releases = releases;
        this.links = links;
        this.languages = languages;
        this.clock = clock;
    }

    /**
     * A release as a mail shows it.
     *
     * @param path      its public address on the newsroom ({@code /ko/news/slug})
     * @param bodyHtml  sanitized HTML, with addresses relative to the newsroom
     * @param liftsAt   when an embargoed release becomes public; null once it is
     * @param mailable  public now, or scheduled: neither a draft, nor ended, nor in the trash
     */
    public record Version(long id, long story, String path, String language, String title, String summary,
                          String bodyHtml, Instant liftsAt, boolean mailable) {

        public boolean embargoed() {
            return liftsAt != null;
        }
    }

    @Transactional(readOnly = true)
    public Optional<Version> find(long id) {
        return releases.findById(id).map(this::version);
    }

    /** Every language version of the release's story that may be mailed, the release itself included. */
    @Transactional(readOnly = true)
    public List<Version> versions(long id) {
        return releases.findById(id).map(release -> releases.findStory(release.story()).stream().map(this::version)
                .filter(Version::mailable).toList()).orElse(List.of());
    }

    /** A personal embargo link for one recipient; returns its token (the address is /news/preview/{token}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public String embargoLink(long releaseId, String label, String madeBy) {
        return links.save(PreviewLink.forMailing(releaseId, label.length() > 100 ? label.substring(0, 100) : label,
                madeBy, clock.instant())).getToken();
    }

    /** Revokes a personal embargo link; false when there is none with this token. */
    @Transactional
    public boolean revokeEmbargoLink(String token) {
        return links.findByToken(token).map(link -> {
            link.revoke(clock.instant());
            return true;
        }).orElse(false);
    }

    private Version version(PressRelease release) {
        var now = clock.instant();
        boolean trashedOrEnded = release.getStatus() == ReleaseStatus.TRASHED || release.hasEndedAt(now);
        boolean scheduled = release.getStatus() == ReleaseStatus.SCHEDULED && release.getPublishedAt() != null
                && release.getPublishedAt().isAfter(now);
        boolean mailable = !trashedOrEnded && (release.isPublicAt(now) || scheduled);
        return new Version(release.getId(), release.story(),
                languages.releasePath(release.getLanguage(), release.getSlug()), release.getLanguage(), release.getTitle(),
                release.getSummary(), release.getBodyHtml(), scheduled ? release.getPublishedAt() : null, mailable);
    }
}
