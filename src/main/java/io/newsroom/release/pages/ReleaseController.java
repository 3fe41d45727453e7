package io.newsroom.release.pages;

import java.util.Locale;

import io.newsroom.release.model.Category;
import io.newsroom.release.model.ListFilter;
import io.newsroom.release.model.PublicReleases;
import io.newsroom.settings.Settings;
import io.newsroom.web.Choice;
import io.newsroom.web.Pagination;
import io.newsroom.web.RequestLanguage;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public newsroom: the list of releases and each release's page; its downloads are {@link DownloadController}. */
@Controller
class ReleaseController {

    private final PublicReleases releases;
    private final ReleaseLinks links;
    private final StructuredData structuredData;
    private final MediaKits kits;
    private final Cards cards;

    ReleaseController(PublicReleases releases, ReleaseLinks links, StructuredData structuredData, MediaKits kits,
                      Cards cards) {
        this.releases = releases;
        this.links = links;
        this.structuredData = structuredData;
        this.kits = kits;
        this.cards = cards;
    }

    @GetMapping({"/", "/news"})
    String list(@RequestParam(defaultValue = "1") int page,
                @RequestParam(required = false) String category,
                @RequestParam(required = false) Integer year,
                Locale language, Settings site, Model model) {
        var filter = new ListFilter(findCategory(category), checkYear(year), language.toLanguageTag());
        String prefix = RequestLanguage.prefix();
        int current = Math.max(page, 1);
        var found = releases.list(filter, current, site);
        if (current > 1 && current > found.releases().getTotalPages()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No page " + current);
        }
        model.addAttribute("cards", cards.of(found.releases().getContent(), found.images()));
        model.addAttribute("total", found.releases().getTotalElements());
        model.addAttribute("filter", filter);
        model.addAttribute("pagination", Pagination.of(current, found.releases().getTotalPages(),
                n -> filter.url(n, prefix)));
        model.addAttribute("categoryChoices", Choice.of(found.categories(), Category::getSlug, Category::getName,
                c -> filter.category() != null && filter.category().getSlug().equals(c.getSlug())));
        model.addAttribute("yearChoices", Choice.of(found.years(), y -> y, String::valueOf, y -> y.equals(filter.year())));
        model.addAttribute("jsonLd", structuredData.organization(site));
        return "release/list";
    }

    @GetMapping("/news/{slug}")
    String show(@PathVariable String slug, Locale language, Settings site, Model model) {
        var page = releases.pageOrGone(slug, language);
        model.addAttribute("page", page);
        model.addAttribute("kit", kits.images(page));
        String address = links.path(page.release());
        model.addAttribute("pageUrl", site.absolute(address));
        // the switcher and hreflang offer the translations that are public, and no other language
        model.addAttribute("languageLinks", links.translations(page.translations(), page.release(), site));
        model.addAttribute("ogType", "article");
        model.addAttribute("pageTitle", page.release().getTitle());
        model.addAttribute("jsonLd", structuredData.article(page, site, site.absolute(address)));
        if (page.hero() != null) {
            model.addAttribute("socialImage", site.absolute(page.hero().src(1200)));
        }
        return "release/show";
    }

    private Category findCategory(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return releases.category(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such category"));
    }

    private static Integer checkYear(Integer year) {
        if (!ListFilter.isYear(year)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such year");
        }
        return year;
    }
}
