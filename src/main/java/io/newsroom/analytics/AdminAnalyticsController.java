package io.newsroom.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.newsroom.release.ReleaseLookup;
import io.newsroom.settings.SettingsLookup;
import io.newsroom.web.Csv;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** What a release did, and what the newsroom does, for PR staff: charts drawn as SVG with their tables, and CSV. */
@Controller
class AdminAnalyticsController {

    /** The longest span shown by day: a release's last 90 days, or a period of the newsroom. */
    static final int LONGEST = 90;

    private final AnalyticsLookup lookup;
    private final ReleaseLookup releases;
    private final SettingsLookup settings;
    private final Counting counting;

    AdminAnalyticsController(AnalyticsLookup lookup, ReleaseLookup releases, SettingsLookup settings, Counting counting) {
        this.lookup = lookup;
        this.releases = releases;
        this.settings = settings;
        this.counting = counting;
    }

    @GetMapping("/admin/releases/{id}/analytics")
    String release(@PathVariable long id, Model model) {
        var release = releases.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ZoneId zone = settings.current().timeZone();
        LocalDate today = counting.today();
        Instant published = releases.publishedAt(id).orElse(null);
        LocalDate first = published == null ? today : LocalDate.ofInstant(published, zone);
        if (first.isAfter(today)) {
            first = today;
        }
        LocalDate from = first.isBefore(today.minusDays(LONGEST - 1)) ? today.minusDays(LONGEST - 1) : first;
        var days = lookup.days(release.language(), release.slug(), from, today);
        var totals = lookup.totals(release.language(), release.slug(), first, today);
        model.addAttribute("release", release);
        model.addAttribute("published", published);
        model.addAttribute("days", days);
        model.addAttribute("chart", Chart.of(days));
        model.addAttribute("views", totals.getOrDefault("view", 0L));
        model.addAttribute("visitors", days.stream().mapToLong(AnalyticsLookup.Day::visitors).sum());
        model.addAttribute("firstDay", sumViews(lookup.days(release.language(), release.slug(), first, first)));
        model.addAttribute("firstWeek", sumViews(lookup.days(release.language(), release.slug(), first,
                min(first.plusDays(6), today))));
        model.addAttribute("totals", totals);
        model.addAttribute("sources", lookup.top("view", release.language(), release.slug(), "source", first, today, 10));
        model.addAttribute("sites", lookup.top("view", release.language(), release.slug(), "site", first, today, 10));
        model.addAttribute("readers", lookup.top("view", release.language(), release.slug(), "reader", first, today, 10));
        model.addAttribute("campaigns", lookup.top("view", release.language(), release.slug(), "utm-campaign", first, today, 10));
        return "admin/analytics/release";
    }

    @GetMapping("/admin/analytics")
    String newsroom(@RequestParam(defaultValue = "30") int days, Model model) {
        int span = period(days);
        LocalDate today = counting.today();
        LocalDate from = today.minusDays(span - 1);
        var byDay = lookup.days(null, null, from, today);
        var top = lookup.topReleases(from, today, 10);
        var refs = releases.bySlug(top.stream().map(line -> line.item().substring(line.item().indexOf('/') + 1)).toList());
        model.addAttribute("span", span);
        model.addAttribute("spans", List.of(7, 30, 90));
        model.addAttribute("days", byDay);
        model.addAttribute("chart", Chart.of(byDay));
        model.addAttribute("totals", lookup.totals(null, null, from, today));
        model.addAttribute("visitors", byDay.stream().mapToLong(AnalyticsLookup.Day::visitors).sum());
        model.addAttribute("top", top);
        model.addAttribute("refs", refs);
        model.addAttribute("sources", lookup.top("view", null, null, "source", from, today, 10));
        model.addAttribute("sites", lookup.top("view", null, null, "site", from, today, 10));
        model.addAttribute("terms", lookup.top("search", null, null, "term", from, today, 20));
        model.addAttribute("unfound", lookup.top("search", null, null, "no-result", from, today, 20));
        return "admin/analytics/newsroom";
    }

    @GetMapping("/admin/analytics.csv")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "30") int days) {
        int span = period(days);
        LocalDate today = counting.today();
        return Csv.download("newsroom-analytics.csv", List.of("date", "views", "visitors"),
                lookup.days(null, null, today.minusDays(span - 1), today),
                day -> List.of(day.day().toString(), String.valueOf(day.views()), String.valueOf(day.visitors())));
    }

    @GetMapping("/admin/releases/{id}/analytics.csv")
    ResponseEntity<byte[]> exportRelease(@PathVariable long id) {
        var release = releases.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        LocalDate today = counting.today();
        LocalDate first = releases.publishedAt(id).map(at -> LocalDate.ofInstant(at, settings.current().timeZone()))
                .filter(day -> !day.isAfter(today)).orElse(today);
        return Csv.download(release.slug() + "-analytics.csv", List.of("date", "views", "visitors"),
                lookup.days(release.language(), release.slug(), first, today),
                day -> List.of(day.day().toString(), String.valueOf(day.views()), String.valueOf(day.visitors())));
    }

    private static int period(int days) {
        return days == 7 || days == 90 ? days : 30;
    }

    private static long sumViews(List<AnalyticsLookup.Day> days) {
        return days.stream().mapToLong(AnalyticsLookup.Day::views).sum();
    }

    private static LocalDate min(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }

}
