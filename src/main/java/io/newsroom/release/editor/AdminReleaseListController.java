package io.newsroom.release.editor;

import java.time.Clock;
import java.util.List;

import io.newsroom.release.model.Category;
import io.newsroom.release.model.ReleaseStatus;
import io.newsroom.release.model.ReviewState;
import io.newsroom.release.model.StaffReleaseLookup;
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

    private final StaffReleaseLookup lookup;
    private final Clock clock;

    AdminReleaseListController(StaffReleaseLookup lookup, Clock clock) {
        this.lookup = lookup;
        this.clock = clock;
    }

    @GetMapping({"/admin", "/admin/releases"})
    String list(@RequestParam(defaultValue = "1") int page, AdminListQuery query, Model model) {
        int current = Math.max(page, 1);
        var chosen = lookup.category(query.category()).orElse(null);
        var found = lookup.list(query.status(), query.review(), chosen, Like.containing(query.q()),
                PageRequest.of(current - 1, PAGE_SIZE, sortBy(query.sort())));
        model.addAttribute("releases", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("query", query);
        model.addAttribute("now", clock.instant());
        model.addAttribute("statusChoices", Choice.ofMessages(List.of(ReleaseStatus.values()), "status.", s -> s == query.status()));
        model.addAttribute("reviewChoices", Choice.ofMessages(List.of(ReviewState.values()), "review.", r -> r == query.review()));
        model.addAttribute("categoryChoices", Choice.of(lookup.categories(), Category::getId,
                Category::getName, c -> c.getId().equals(query.category())));
        model.addAttribute("sortChoices", Choice.ofMessages(SORTS, "admin.releases.sort.", s -> s.equals(query.sort())));
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
