package io.newsroom.release.model;

import io.newsroom.account.Staff;
import io.newsroom.audit.AuditLog;
import io.newsroom.release.Slug;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What staff do to categories, each in one transaction with its audit line. */
@Service
public class CategoryDesk {

    private final Categories categories;
    private final PressReleases releases;
    private final Revisions revisions;
    private final AuditLog audit;

    CategoryDesk(Categories categories, PressReleases releases, Revisions revisions, AuditLog audit) {
        this.categories = categories;
        this.releases = releases;
        this.revisions = revisions;
        this.audit = audit;
    }

    /** What became of a change: done, or refused with the message key to show next to the name. */
    sealed interface Outcome {
    }

    record Done() implements Outcome {
    }

    public record Refused(String messageKey, long count) implements Outcome {
    }

    /** Adds a category under a slug made from its name (shortened to fit, numbered when taken). */
    @Transactional
    public Outcome add(String name, Staff staff) {
        String clean = name.strip();
        if (categories.existsByNameIgnoreCase(clean)) {
            return new Refused("category.name-taken", 0);
        }
        var slug = Slug.suggestFor(clean).shortenedTo(Category.SLUG_LENGTH - 4); // room for "-999"
        var unique = slug.value();
        for (int n = 2; categories.existsBySlug(unique); n++) {
            unique = slug.value() + "-" + n;
        }
        categories.save(new Category(unique, clean));
        audit.record(staff.actor(), "category.created", clean);
        return new Done();
    }

    @Transactional
    public Outcome rename(Category category, String name, Staff staff) {
        String clean = name.strip();
        if (!category.getName().equalsIgnoreCase(clean) && categories.existsByNameIgnoreCase(clean)) {
            return new Refused("category.name-taken", 0);
        }
        audit.record(staff.actor(), "category.renamed", category.getName() + " → " + clean);
        category.rename(clean);
        categories.save(category);
        return new Done();
    }

    /** Deletes a category that no release, and no revision of one, uses. */
    @Transactional
    public Outcome delete(Category category, Staff staff) {
        long used = releases.countByCategory(category);
        if (used > 0 || revisions.countByCategory(category) > 0) {
            return new Refused("category.in-use", used);
        }
        categories.delete(category);
        audit.record(staff.actor(), "category.deleted", category.getName());
        return new Done();
    }
}
