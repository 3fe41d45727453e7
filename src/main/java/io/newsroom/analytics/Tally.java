package io.newsroom.analytics;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * What an instance counted since its last write: counters and the day's visitor hashes, bounded
 * (a counter or hash beyond the bound waits out the interval, counted under "dropped"). Taken whole
 * by the writer, which starts a new one.
 */
final class Tally {

    record Key(LocalDate day, String kind, String language, String slug, String dimension, String item) {
    }

    record Visitor(LocalDate day, String language, String slug, long hash) {
    }

    private final int maxKeys;
    private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();
    private final Set<Visitor> visitors = ConcurrentHashMap.newKeySet();
    private final AtomicInteger size = new AtomicInteger();
    private final LongAdder dropped = new LongAdder();

    Tally(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    void add(Key key) {
        var counter = counts.get(key);
        if (counter == null) {
            if (size.get() >= maxKeys) {
                dropped.increment();
                return;
            }
            counter = counts.computeIfAbsent(key, k -> {
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

    Map<Key, LongAdder> counts() {
        return counts;
    }

    Set<Visitor> visitors() {
        return visitors;
    }

    long dropped() {
        return dropped.sum();
    }

    boolean isEmpty() {
        return counts.isEmpty() && visitors.isEmpty();
    }
}
