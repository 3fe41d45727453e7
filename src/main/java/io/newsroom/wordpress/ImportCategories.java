package io.newsroom.wordpress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.newsroom.account.Staff;
import io.newsroom.release.ReleaseImport;
import io.newsroom.release.ReleaseLookup.CategoryRef;
import io.newsroom.release.ReleaseLookup;

import org.springframework.stereotype.Component;

/** How the export's categories map onto the newsroom's: an existing category, or a new one of the same name. */
@Component
class ImportCategories {

    static final String NEW = "new";

    private final ReleaseLookup releases;
    private final ReleaseImport imports;

    ImportCategories(ReleaseLookup releases, ReleaseImport imports) {
        this.releases = releases;
        this.imports = imports;
    }

    List<CategoryRef> existing() {
        return releases.categories();
    }

    /**
     * What the preview proposes for a WordPress category: the newsroom's category of the same slug or
     * name; for WordPress's "Uncategorized", the newsroom's "News" if there is one; otherwise a new one.
     */
    String suggest(String slug, String name) {
        var all = existing();
        var same = bySlug(all, slug).or(() -> all.stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst());
        if (same.isPresent()) {
            return same.get().slug();
        }
        if (slug.equals("uncategorized")) {
            return bySlug(all, "news").map(CategoryRef::slug).orElse(all.isEmpty() ? NEW : all.get(0).slug());
        }
        return NEW;
    }

    /** The slug of the chosen category of each WordPress category, added where "new" was chosen. */
    Map<String, String> resolve(Map<String, String> names, Map<String, String> choices, Staff staff) {
        var all = existing();
        var resolved = new HashMap<String, String>();
        names.forEach((slug, name) -> {
            String choice = choices.getOrDefault(slug, suggest(slug, name));
            String named = name.isBlank() ? slug : name;
            resolved.put(slug, NEW.equals(choice) ? imports.categoryNamed(named, staff)
                    : bySlug(all, choice).map(CategoryRef::slug).orElseGet(() -> imports.categoryNamed(named, staff)));
        });
        return resolved;
    }

    /** The slug of the category for posts without one of their own. */
    String fallback(String choice) {
        var all = existing();
        return bySlug(all, choice).orElseGet(() -> all.get(0)).slug();
    }

    private static Optional<CategoryRef> bySlug(List<CategoryRef> all, String slug) {
        return all.stream().filter(c -> c.slug().equals(slug)).findFirst();
    }
}
