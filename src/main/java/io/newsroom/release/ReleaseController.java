package io.newsroom.release;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.newsroom.site.Pagination;
import io.newsroom.site.SiteProperties;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public newsroom: the list of releases and each release's page. */
@Controller
class ReleaseController {

    private final PressReleases releases;
    private final Categories categories;
    private final Markdown markdown;
    private final SiteProperties site;
    private final Clock clock;

    ReleaseController(PressReleases releases, Categories categories, Markdown markdown, SiteProperties site,
                      Clock clock) {
        this.releases = releases;
        this.categories = categories;
        this.markdown = markdown;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping({"/", "/news"})
    String list(@RequestParam(defaultValue = "1") int page,
                @RequestParam(required = false) String category,
                @RequestParam(required = false) Integer year,
                Model model) {
        var filter = new ListFilter(findCategory(category), checkYear(year));
        var zone = site.timeZone();
        var now = clock.instant();
        int current = Math.max(page, 1);
        var found = releases.findPublic(now, filter.category(), filter.from(zone), filter.until(zone),
                PageRequest.of(current - 1, site.pageSize()));
        if (current > 1 && current > found.getTotalPages()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No page " + current);
        }
        model.addAttribute("releases", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("filter", filter);
        model.addAttribute("pagination", Pagination.of(current, found.getTotalPages(), filter::url));
        model.addAttribute("categories", categories.findAllByOrderByNameAsc());
        model.addAttribute("years", releases.findPublicationSpan(now).years(zone));
        return "release/list";
    }

    @GetMapping("/news/{slug}")
    String show(@PathVariable String slug, Model model) {
        Instant now = clock.instant();
        var release = Slug.parse(slug)
                .flatMap(valid -> releases.findPublicBySlug(valid.value(), now))
                .orElseThrow(() -> new ReleaseNotFoundException(slug));
        var limit = Limit.of(1);
        model.addAttribute("release", release);
        model.addAttribute("body", markdown.toSafeHtml(release.getBody()));
        model.addAttribute("older", first(releases.findOlder(release.getPublishedAt(), release.getId(), now, limit)));
        model.addAttribute("newer", first(releases.findNewer(release.getPublishedAt(), release.getId(), now, limit)));
        return "release/show";
    }

    private Category findCategory(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return Slug.parse(slug).flatMap(valid -> categories.findBySlug(valid.value()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such category"));
    }

    private static Integer checkYear(Integer year) {
        if (year != null && (year < ListFilter.FIRST_YEAR || year > ListFilter.LAST_YEAR)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such year");
        }
        return year;
    }

    private static ReleaseLink first(List<ReleaseLink> links) {
        return links.isEmpty() ? null : links.get(0);
    }
}
