package io.newsroom.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.newsroom.release.ReleaseLookup;
import io.newsroom.settings.SettingsLookup;

import org.springframework.stereotype.Component;

/** The figures of a release and of the newsroom, as the admin shows them and the staff API gives them. */
@Component
class Figures {

    /** The longest span shown by day: a release's last 90 days, or a period of the newsroom. */
    static final int LONGEST = 90;

    record ReleaseFigures(ReleaseLookup.ReleaseRef release, Instant publishedAt, long views, long visitors,
                          long viewsOnPublicationDay, long viewsInFirstWeek, long mediaKits, long pdfs, long originals,
                          long bots, List<AnalyticsLookup.Day> days, List<AnalyticsLookup.Line> sources,
                          List<AnalyticsLookup.Line> sites, List<AnalyticsLookup.Line> readerLanguages,
                          List<AnalyticsLookup.Line> campaigns) {
    }

    /** A release among the most read: where it is, its title when it still exists, its views. */
    record Read(String language, String slug, Long id, String title, long views) {
    }

    record NewsroomFigures(LocalDate from, LocalDate to, long views, long visitors, long mediaKits, long pdfs,
                           long searches, long bots, List<AnalyticsLookup.Day> days, List<Read> mostRead,
                           List<AnalyticsLookup.Line> sources, List<AnalyticsLookup.Line> sites,
                           List<AnalyticsLookup.Line> searchTerms, List<AnalyticsLookup.Line> searchesWithoutResult) {
    }

    private final AnalyticsLookup lookup;
    private final ReleaseLookup releases;
    private final SettingsLookup settings;
    private final Counting counting;

    Figures(AnalyticsLookup lookup, ReleaseLookup releases, SettingsLookup settings, Counting counting) {
        this.lookup = lookup;
        this.releases = releases;
        this.settings = settings;
        this.counting = counting;
    }

    Optional<ReleaseFigures> ofRelease(long id) {
        return releases.find(id).map(release -> {
            LocalDate today = counting.today();
            Instant published = releases.publishedAt(id).orElse(null);
            LocalDate first = published == null ? today : LocalDate.ofInstant(published, settings.current().timeZone());
            if (first.isAfter(today)) {
                first = today;
            }
            LocalDate from = first.isBefore(today.minusDays(LONGEST - 1)) ? today.minusDays(LONGEST - 1) : first;
            String language = release.language();
            String slug = release.slug();
            var days = lookup.days(language, slug, from, today);
            Map<String, Long> totals = lookup.totals(language, slug, first, today);
            LocalDate weekEnd = first.plusDays(6).isBefore(today) ? first.plusDays(6) : today;
            return new ReleaseFigures(release, published, totals.getOrDefault("view", 0L),
                    days.stream().mapToLong(AnalyticsLookup.Day::visitors).sum(),
                    views(lookup.days(language, slug, first, first)), views(lookup.days(language, slug, first, weekEnd)),
                    totals.getOrDefault("kit", 0L), totals.getOrDefault("pdf", 0L), totals.getOrDefault("original", 0L),
                    totals.getOrDefault("bot", 0L), days,
                    lookup.top("view", language, slug, "source", first, today, 10),
                    lookup.top("view", language, slug, "site", first, today, 10),
                    lookup.top("view", language, slug, "reader", first, today, 10),
                    lookup.top("view", language, slug, "utm-campaign", first, today, 10));
        });
    }

    NewsroomFigures ofNewsroom(int span) {
        LocalDate to = counting.today();
        LocalDate from = to.minusDays(span - 1);
        var days = lookup.days(null, null, from, to);
        var totals = lookup.totals(null, null, from, to);
        var top = lookup.topReleases(from, to, 10);
        var refs = releases.bySlug(top.stream().map(line -> line.item().substring(line.item().indexOf('/') + 1)).toList());
        var mostRead = top.stream().map(line -> {
            String language = line.item().substring(0, line.item().indexOf('/'));
            String slug = line.item().substring(line.item().indexOf('/') + 1);
            var ref = refs.get(slug);
            return new Read(language, slug, ref == null ? null : ref.id(), ref == null ? null : ref.title(), line.count());
        }).toList();
        return new NewsroomFigures(from, to, totals.getOrDefault("view", 0L),
                days.stream().mapToLong(AnalyticsLookup.Day::visitors).sum(), totals.getOrDefault("kit", 0L),
                totals.getOrDefault("pdf", 0L), totals.getOrDefault("search", 0L), totals.getOrDefault("bot", 0L), days,
                mostRead, lookup.top("view", null, null, "source", from, to, 10), lookup.top("view", null, null, "site", from, to, 10),
                lookup.top("search", null, null, "term", from, to, 20), lookup.top("search", null, null, "no-result", from, to, 20));
    }

    /** A period the admin and the API offer: 7, 30 or 90 days; anything else is 30. */
    static int period(int days) {
        return days == 7 || days == 90 ? days : 30;
    }

    private static long views(List<AnalyticsLookup.Day> days) {
        return days.stream().mapToLong(AnalyticsLookup.Day::views).sum();
    }
}
