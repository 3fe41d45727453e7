package io.newsroom.analytics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/**
 * What an instance counted since its last write, bounded (what does not fit waits out the interval,
 * counted as dropped): each distinct request (a view with its source, site, campaign and reader's
 * language; a download; a search) is one counter, so a request costs one map lookup; the writer
 * spreads each into the rows of its dimensions. And the day's visitor hashes. Taken whole by the
 * writer, which starts a new one.
 */
final class Tally {

    /** A counted request: what it was, and what it says about the reader. Empty strings for what it does not say. */
    record Event(LocalDate day, String kind, String language, String slug, String source, String site,
                 String utmSource, String utmMedium, String utmCampaign, String reader, String term, boolean found,
                 int hour) {

        /** A bot, a download: what it was and where, nothing more. */
        static Event of(LocalDate day, String kind, String language, String slug) {
            return new Event(day, kind, language, slug, "", "", "", "", "", "", "", true, 0);
        }

        /** A search: its words, and whether it found anything. */
        static Event search(LocalDate day, String language, String term, boolean found) {
            return new Event(day, "search", language, "", "", "", "", "", "", "", term, found, 0);
        }
    }

    /** A row of analytics_count. */
    record Key(LocalDate day, String kind, String language, String slug, String dimension, String item) {
    }

    record Visitor(LocalDate day, String language, String slug, long hash) {
    }

    static final String[] HOURS = IntStream.range(0, 24).mapToObj(h -> String.format("%02d", h))
            .toArray(String[]::new);

    private final int maxKeys;
    private final Map<Event, LongAdder> events = new ConcurrentHashMap<>();
    private final Set<Visitor> visitors = ConcurrentHashMap.newKeySet();
    private final AtomicInteger size = new AtomicInteger();
    private final LongAdder dropped = new LongAdder();

    Tally(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    void add(Event event) {
        var counter = events.get(event);
        if (counter == null) {
            if (size.get() >= maxKeys) {
                dropped.increment();
                return;
            }
            counter = events.computeIfAbsent(event, k -> {
                size.incrementAndGet();
                return new LongAdder();
            });
        }
        counter.increment();
    }

    void visitor(Visitor visitor) {
        if (visitors.size() < maxKeys * 4) {
            visitors.add(visitor);
        } else {
            dropped.increment();
        }
    }

    /** The rows to add: each event's count under every dimension it has. */
    void rows(BiConsumer<Key, Long> row) {
        var sums = new HashMap<Key, Long>();
        events.forEach((e, count) -> {
            long n = count.sum();
            if (e.kind().equals("search")) {
                sums.merge(new Key(e.day(), "search", e.language(), "", "total", ""), n, Long::sum);
                if (!e.term().isEmpty()) {
                    sums.merge(new Key(e.day(), "search", e.language(), "", "term", e.term()), n, Long::sum);
                    if (!e.found()) {
                        sums.merge(new Key(e.day(), "search", e.language(), "", "no-result", e.term()), n, Long::sum);
                    }
                }
                return;
            }
            sums.merge(new Key(e.day(), e.kind(), e.language(), e.slug(), "total", ""), n, Long::sum);
            String[][] dimensions = {{"source", e.source()}, {"site", e.site()}, {"utm-source", e.utmSource()},
                    {"utm-medium", e.utmMedium()}, {"utm-campaign", e.utmCampaign()}, {"reader", e.reader()}};
            if (e.kind().equals("view")) {
                // by the hour of the newsroom's day, for what a release did in its first 24 hours
                sums.merge(new Key(e.day(), "view", e.language(), e.slug(), "hour", HOURS[e.hour()]), n, Long::sum);
                for (String[] dimension : dimensions) {
                    if (!dimension[1].isEmpty() || dimension[0].equals("reader")) {
                        sums.merge(new Key(e.day(), "view", e.language(), e.slug(), dimension[0], dimension[1]), n, Long::sum);
                    }
                }
            }
        });
        sums.forEach(row);
    }

    Set<Visitor> visitors() {
        return visitors;
    }

    long dropped() {
        return dropped.sum();
    }

    boolean isEmpty() {
        return events.isEmpty() && visitors.isEmpty();
    }
}
