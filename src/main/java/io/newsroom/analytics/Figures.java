package io.newsroom.analytics;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.newsroom.alert.AlertFigures;
import io.newsroom.inquiry.InquiryFigures;
import io.newsroom.release.ReleaseLookup;

import org.springframework.stereotype.Component;

/** The figures of a release and of the newsroom, as the admin shows them and the staff API gives them. */
@Component
class Figures {

    /** The longest span shown by day: a release's last 90 days, or a period of the newsroom. */
    static final int LONGEST = 90;

    record ReleaseFigures(ReleaseLookup.ReleaseRef release, Instant publishedAt, long views, long visitors,
                          long viewsInFirst24Hours, long viewsInFirstWeek, long mediaKits, long pdfs, long originals,
                          long bots, List<AnalyticsLookup.Day> days, List<AnalyticsLookup.Line> sources,
                          List<AnalyticsLookup.Line> sites, List<AnalyticsLookup.Line> readerLanguages,
                          List<AnalyticsLookup.Line> campaigns, long alertMails, long inquiries) {
    }

    /** A release among the most read: where it is, its title when it still exists, its views. */
    record Read(String language, String slug, Long id, String title, long views) {
    }

    record NewsroomFigures(LocalDate from, LocalDate to, long views, long visitors, long mediaKits, long pdfs,
                           long searches, long bots, List<AnalyticsLookup.Day> days, List<Read> mostRead,
                           List<AnalyticsLookup.Line> sources, List<AnalyticsLookup.Line> sites,
                           List<AnalyticsLookup.Line> searchTerms, List<AnalyticsLookup.Line> searchesWithoutResult,
                           List<Week> inquiriesByWeek, List<Week> subscribersByWeek) {
    }

    /** A week (from its Monday) and how many came in it. */
    record Week(LocalDate monday, long count) {
    }

    private final AnalyticsLookup lookup;
    private final ReleaseLookup releases;
    private final Counting counting;
    private final AlertFigures alerts;
    private final InquiryFigures inquiries;

    Figures(AnalyticsLookup lookup, ReleaseLookup releases, Counting counting, AlertFigures alerts, InquiryFigures inquiries) {
        this.lookup = lookup;
        this.releases = releases;
        this.counting = counting;
        this.alerts = alerts;
        this.inquiries = inquiries;
    }

    Optional<ReleaseFigures> ofRelease(long id) {
        return releases.find(id).map(release -> {
            LocalDate today = counting.today();
            Instant published = releases.publishedAt(id).orElse(null);
            LocalDate first = published == null ? today : LocalDate.ofInstant(published, counting.zone());
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
                    published == null ? 0 : firstDay(language, slug, published), views(lookup.days(language, slug, first, weekEnd)),
                    totals.getOrDefault("kit", 0L), totals.getOrDefault("pdf", 0L), totals.getOrDefault("original", 0L),
                    totals.getOrDefault("bot", 0L), days,
                    lookup.top("view", language, slug, "source", first, today, 10),
                    lookup.top("view", language, slug, "site", first, today, 10),
                    lookup.top("view", language, slug, "reader", first, today, 10),
                    lookup.top("view", language, slug, "utm-campaign", first, today, 10),
                    alerts.alertsFor(id), inquiries.about(id));
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
                lookup.top("search", null, null, "term", from, to, 20), lookup.top("search", null, null, "no-result", from, to, 20),
                weeks(inquiries.receivedBetween(start(from), start(to.plusDays(1))), from, to),
                weeks(alerts.confirmedBetween(start(from), start(to.plusDays(1))), from, to));
    }

    /** A period the admin and the API offer: 7, 30 or 90 days; anything else is 30. */
    static int period(int days) {
        return days == 7 || days == 90 ? days : 30;
    }

    /** The views of the 24 hours from publication, by the hour: the rest of its day and the start of the next. */
    private long firstDay(String language, String slug, Instant published) {
        LocalDate day = LocalDate.ofInstant(published, counting.zone());
        int hour = (int) Math.min(23, Math.max(0, Duration.between(start(day), published).toHours()));
        long[] first = lookup.hours(language, slug, day);
        long[] next = lookup.hours(language, slug, day.plusDays(1));
        long views = 0;
        for (int h = 0; h < 24; h++) {
            views += h >= hour ? first[h] : next[h];
        }
        return views;
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(counting.zone()).toInstant();
    }

    /** Moments counted by the week they fall in (weeks start on Monday, in the newsroom's time zone), every week shown. */
    private List<Week> weeks(List<Instant> moments, LocalDate from, LocalDate to) {
        var counts = new TreeMap<LocalDate, Long>();
        LocalDate firstMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate monday = firstMonday; !monday.isAfter(to); monday = monday.plusWeeks(1)) {
            counts.put(monday, 0L);
        }
        for (Instant moment : moments) {
            LocalDate monday = LocalDate.ofInstant(moment, counting.zone())
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            counts.merge(monday, 1L, Long::sum);
        }
        return counts.entrySet().stream().map(entry -> new Week(entry.getKey(), entry.getValue())).toList();
    }

    private static long views(List<AnalyticsLookup.Day> days) {
        return days.stream().mapToLong(AnalyticsLookup.Day::views).sum();
    }
}
