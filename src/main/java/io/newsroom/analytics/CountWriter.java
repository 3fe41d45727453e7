package io.newsroom.analytics;

import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes what this instance counted every interval, in one statement per table, and once more on a
 * graceful stop: a killed instance loses at most one interval. A write that fails (the database
 * away) puts nothing back: its counts are lost, which the log says, rather than held without bound.
 */
@Component
class CountWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CountWriter.class);

    private final Counting counting;
    private final CountStore store;
    private final AnalyticsProperties properties;
    private ScheduledExecutorService thread;
    /** The day the old figures were last summed into months: once a day is enough. */
    private LocalDate rolledUpOn;

    CountWriter(Counting counting, CountStore store, AnalyticsProperties properties) {
        this.counting = counting;
        this.store = store;
        this.properties = properties;
    }

    /** Writes what was counted until now; closes the days that are over. */
    synchronized void flush() {
        var tally = counting.take();
        if (!tally.isEmpty()) {
            store.write(tally);
        }
        if (tally.dropped() > 0) {
            log.warn("{} counts did not fit in newsroom.analytics.max-keys and were not kept", tally.dropped());
        }
        LocalDate today = counting.today();
        store.closeDaysBefore(today);
        if (!today.equals(rolledUpOn)) {
            store.rollUpBefore(today.minusDays(properties.keepDays()));
            rolledUpOn = today;
        }
    }

    private void flushSafely() {
        try {
            flush();
        } catch (RuntimeException failure) {
            log.warn("Analytics could not be written: {}", failure.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (!properties.enabled()) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var worker = new Thread(runnable, "analytics-writer");
            worker.setDaemon(true);
            return worker;
        });
        long every = properties.flushInterval().toMillis();
        thread.scheduleWithFixedDelay(this::flushSafely, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
            flushSafely();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    /** Stops after the web server (so the last requests are counted) and before the database goes. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }
}
