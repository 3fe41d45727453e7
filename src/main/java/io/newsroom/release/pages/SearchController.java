package io.newsroom.release.pages;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.newsroom.settings.SettingsLookup;
import io.newsroom.web.PageFacts;
import io.newsroom.web.Pagination;
import io.newsroom.web.RequestLanguage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /search}: whatever is typed gets a normal page, never an error. */
@Controller
class SearchController {

    private final ReleaseSearch search;
    private final SettingsLookup settings;
    private final Cards cards;

    SearchController(ReleaseSearch search, SettingsLookup settings, Cards cards) {
        this.search = search;
        this.settings = settings;
        this.cards = cards;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
                  Locale language, Model model, HttpServletRequest request) {
        String query = ReleaseSearch.clean(q);
        int current = Math.max(page, 1);
        int size = settings.current().pageSize();
        var result = search.search(query, current, size, language);
        String prefix = RequestLanguage.prefix();
        int pages = (int) Math.max(1, (result.total() + size - 1) / size);
        model.addAttribute("query", query);
        model.addAttribute("cards", cards.ofHits(result.hits()));
        model.addAttribute("total", result.total());
        request.setAttribute(PageFacts.SEARCH_RESULTS, (int) Math.min(result.total(), Integer.MAX_VALUE));
        model.addAttribute("more", result.more());
        model.addAttribute("pagination", Pagination.of(Math.min(current, pages), pages, n -> UriComponentsBuilder
                .fromPath(prefix + "/search").queryParam("q", query).queryParamIfPresent("page",
                        Optional.ofNullable(n > 1 ? n : null)).encode().build().toUriString()));
        return "release/search";
    }
}
