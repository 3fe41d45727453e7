package io.newsroom.release;

import java.time.Clock;
import java.util.List;

import io.newsroom.web.Choice;
import io.newsroom.web.Like;
import io.newsroom.web.Pagination;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin's list of releases: search, filters by status and category, sorting. */
@Controller
class AdminReleaseListController {

    private static final int PAGE_SIZE = 20;
    private static final List<String> SORTS = List.of("updated", "published", "published-asc");

    private final PressReleases releases;
    private final Categories categories;
    private final Clock clock;

    AdminReleaseListController(PressReleases releases, Categories categories, Clock clock) {
        this.releases = releases;
        this.categories = categories;
        this.clock = clock;
    }

    @GetMapping({"/admin", "/admin/releases"})
    String list(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String q,
                @RequestParam(required = false) ReleaseStatus status, @RequestParam(required = false) Long category,
                @RequestParam(defaultValue = "updated") String sort, Model model) {
        int current = Math.max(page, 1);
        var chosen = category == null ? null : categories.findById(category).orElse(null);
        String title = Like.containing(q);
        var found = releases.findForAdmin(status, chosen, title, PageRequest.of(current - 1, PAGE_SIZE, sortBy(sort)));
        var query = new AdminListQuery(q, status, category, sort);
        model.addAttribute("releases", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("query", query);
        model.addAttribute("now", clock.instant());
        model.addAttribute("statusChoices", Choice.ofMessages(List.of(ReleaseStatus.values()), "status.", s -> s == status));
        model.addAttribute("categoryChoices", Choice.of(categories.findAllByOrderByNameAsc(), Category::getId,
                Category::getName, c -> c.getId().equals(category)));
        model.addAttribute("sortChoices", Choice.ofMessages(SORTS, "admin.releases.sort.", s -> s.equals(sort)));
        model.addAttribute("pagination", Pagination.of(current, found.getTotalPages(), query::url));
        return "admin/release/list";
    }

    private static Sort sortBy(String sort) {
        return switch (sort) {
            case "published" -> Sort.by(Sort.Order.desc("publishedAt").nullsLast(), Sort.Order.desc("id"));
            case "published-asc" -> Sort.by(Sort.Order.asc("publishedAt").nullsLast(), Sort.Order.asc("id"));
            default -> Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
        };
    }
}
