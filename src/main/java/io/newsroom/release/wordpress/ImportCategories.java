package io.newsroom.release.wordpress;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.newsroom.account.Staff;
import io.newsroom.release.model.Categories;
import io.newsroom.release.model.Category;
import io.newsroom.release.model.CategoryDesk;

import org.springframework.stereotype.Component;

/** How the export's categories map onto the newsroom's: an existing category, or a new one of the same name. */
@Component
class ImportCategories {

    static final String NEW = "new";

    private final Categories categories;
    private final CategoryDesk desk;

    ImportCategories(Categories categories, CategoryDesk desk) {
        this.categories = categories;
        this.desk = desk;
    }

    List<Category> existing() {
        return categories.findAllByOrderByNameAsc();
    }

    /**
     * What the preview proposes for a WordPress category: the newsroom's category of the same slug or
     * name; for WordPress's "Uncategorized", the newsroom's "News" if there is one; otherwise a new one.
     */
    String suggest(String slug, String name) {
        var same = categories.findBySlug(slug).or(() -> categories.findFirstByNameIgnoreCase(name.strip()));
        if (same.isPresent()) {
            return same.get().getSlug();
        }
        if (slug.equals("uncategorized")) {
            var all = existing();
            return categories.findBySlug("news").map(Category::getSlug)
                    .orElse(all.isEmpty() ? NEW : all.get(0).getSlug());
        }
        return NEW;
    }

    /** The chosen category of each WordPress category, made where "new" was chosen. */
    Map<String, Category> resolve(Map<String, String> names, Map<String, String> choices, Staff staff) {
        var resolved = new HashMap<String, Category>();
        names.forEach((slug, name) -> {
            String choice = choices.getOrDefault(slug, suggest(slug, name));
            var category = NEW.equals(choice) ? created(name.isBlank() ? slug : name, staff) : categories.findBySlug(choice)
                    .orElseGet(() -> created(name.isBlank() ? slug : name, staff));
            resolved.put(slug, category);
        });
        return resolved;
    }

    Category fallback(String choice) {
        return categories.findBySlug(choice).orElseGet(() -> existing().get(0));
    }

    private Category created(String name, Staff staff) {
        String clean = name.strip().length() > 60 ? name.strip().substring(0, 60) : name.strip();
        return categories.findFirstByNameIgnoreCase(clean).orElseGet(() -> {
            desk.add(clean, staff);
            return categories.findFirstByNameIgnoreCase(clean.toLowerCase(Locale.ROOT)).orElseThrow();
        });
    }
}
