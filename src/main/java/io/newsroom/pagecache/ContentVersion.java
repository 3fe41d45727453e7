package io.newsroom.pagecache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The database's content version (migration V17): triggers move it forward on every change to what
 * visitors see, whichever instance or script made it. Asked at most once per check interval. Features
 * may key their own caches of derived facts (counts, filter lists) by {@link Snapshot#tag()}.
 */
@Component
public class ContentVersion {

    /**
     * What the public pages depend on at one moment.
     *
     * @param version   moves on every change
     * @param changedAt when it last moved
     * @param dueSince  when a scheduled release's time, or a public release's end time, passed that the
     *                  scheduler has not yet recorded; pages made before it are stale. Null when none.
     * @param tag       the version and the due moment in one string
     */
    public record Snapshot(long version, Instant changedAt, Instant dueSince, String tag) {

        Snapshot(long version, Instant changedAt, Instant dueSince) {
            this(version, changedAt, dueSince, version + (dueSince == null ? "" : "-" + dueSince.toEpochMilli()));
        }

        /**
         * Changes exactly when what the public pages show may change: a key for anything derived from them.
         */
        @Override
        public String tag() {
            return tag;
        }

        Instant lastModified() {
            return dueSince != null && dueSince.isAfter(changedAt) ? dueSince : changedAt;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final long intervalNanos;
    private volatile Memo memo;
    private volatile Failure failure;

    /** The database did not answer: until {@code retryAt} (nanoTime), callers get this at once instead of waiting again. */
    private record Failure(DataAccessException cause, long retryAt) {
    }

    /** How long a failed read is not tried again: a page does not wait on the pool each time the database is away. */
    private static final long RETRY_AFTER_FAILURE = TimeUnit.SECONDS.toNanos(5);

    private record Memo(Snapshot snapshot, Instant nextDue, long readAt, Instant readAtClock) {
    }

    ContentVersion(JdbcTemplate jdbc, Clock clock, PageCacheProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.intervalNanos = properties.checkInterval().toNanos();
    }

    public Snapshot current() {
        Instant now = clock.instant();
        var known = memo;
        if (known != null && System.nanoTime() - known.readAt() < intervalNanos && !now.isBefore(known.readAtClock())
                && (known.nextDue() == null || now.isBefore(known.nextDue()) || known.snapshot().dueSince() != null)) {
            return known.snapshot();
        }
        var failed = failure;
        if (failed != null && System.nanoTime() - failed.retryAt() < 0) {
            throw failed.cause();
        }
        Memo read;
        try {
            read = read(now);
        } catch (DataAccessException unavailable) {
            failure = new Failure(unavailable, System.nanoTime() + RETRY_AFTER_FAILURE);
            throw unavailable;
        }
        failure = null;
        var nextDue = read.nextDue();
        var snapshot = nextDue != null && !now.isBefore(nextDue)
                ? due(read.snapshot(), nextDue, now) : read.snapshot();
        memo = new Memo(snapshot, nextDue, read.readAt(), now);
        return snapshot;
    }

    /**
     * How long from now until the next scheduled release appears or a public release ends, as last
     * read by {@link #current()}: no page may be kept longer than that. Zero when one is due already;
     * null when none is scheduled.
     */
    Duration untilNextDue() {
        var known = memo;
        if (known == null || known.nextDue() == null) {
            return null;
        }
        var left = Duration.between(clock.instant(), known.nextDue());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * A scheduled release (or a release's end) is due and the scheduler has not recorded it yet: further
     * releases may fall due before it does (it runs every {@code newsroom.scheduler-interval}), and the
     * row only knows the earliest. Until it runs, the tag also moves every second, so no page outlives
     * the moment another release appears or ends by more than that. These windows last one scheduler
     * interval at most.
     */
    private static Snapshot due(Snapshot read, Instant dueSince, Instant now) {
        return new Snapshot(read.version(), read.changedAt(), dueSince,
                read.version() + "-" + dueSince.toEpochMilli() + "-" + now.getEpochSecond());
    }

    private Memo read(Instant now) {
        return jdbc.queryForObject("select version, changed_at, next_due from content_version where id = 1",
                (row, n) -> new Memo(new Snapshot(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(), null),
                        row.getObject(3, OffsetDateTime.class) == null ? null : row.getObject(3, OffsetDateTime.class).toInstant(),
                        System.nanoTime(), now));
    }
}
