package io.newsroom.release.model;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the admin reads of releases, whatever their state: one by id, the list, categories,
 * revisions, whether an address is free. The admin's controllers read here; what staff change goes
 * through {@link ReleaseDesk} and {@link CategoryDesk}; other features read {@code ReleaseLookup}.
 */
@Service
@Transactional(readOnly = true)
public class StaffReleaseLookup {

    private final PressReleases releases;
    private final Categories categories;
    private final Revisions revisions;

    StaffReleaseLookup(PressReleases releases, Categories categories, Revisions revisions) {
        this.releases = releases;
        this.categories = categories;
        this.revisions = revisions;
    }

    public Optional<PressRelease> release(long id) {
        return releases.findById(id);
    }

    /** The admin list: any status, one review state, one category, a title containing a LIKE pattern (each optional). */
    public Page<PressRelease> list(ReleaseStatus status, ReviewState review, Category category, String titleLike,
                                   Pageable page) {
        return releases.findForAdmin(status, review, category, titleLike, page);
    }

    public List<Category> categories() {
        return categories.findAllByOrderByNameAsc();
    }

    public Optional<Category> category(Long id) {
        return id == null ? Optional.empty() : categories.findById(id);
    }

    public long releasesIn(Category category) {
        return releases.countByCategory(category);
    }

    /** Whether another release than {@code except} (null: any) has this address. */
    public boolean slugTaken(String slug, PressRelease except) {
        return except == null ? releases.existsBySlug(slug) : releases.existsBySlugAndIdNot(slug, except.getId());
    }

    public List<Revision> history(long releaseId) {
        return revisions.findHistory(releaseId);
    }

    public Optional<Revision> revision(long releaseId, long revisionId) {
        return revisions.findOne(releaseId, revisionId);
    }
}
