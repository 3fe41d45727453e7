package io.newsroom.limits;

import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets in the {@code rate_limit_bucket} table, through Bucket4j's PostgreSQL proxy manager
 * (a row locked with {@code SELECT ... FOR UPDATE} per check): every instance on the database counts
 * against the same allowance. A bucket's row is dropped once it would be full again. Each instance also
 * counts in memory what it saw itself, so that it refuses a flood without asking the database. On the
 * embedded H2 database, which only one instance can open, the buckets are kept in memory only.
 */
@Component
public class RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    /** Null on the embedded H2 database, which one instance alone can open: its buckets stay in memory. */
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Cache<String, Bucket> local;
    private final JdbcClient jdbc;

    RateLimits(DataSource dataSource, JdbcClient jdbc) throws SQLException {
        this.jdbc = jdbc;
        boolean postgres;
        try (var connection = dataSource.getConnection()) {
            postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
        this.buckets = !postgres ? null : Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
        this.local = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).maximumSize(100_000).build();
    }

    /** A limit: so many actions per window, refilled evenly over the window. */
    public record Limit(String name, int capacity, Duration window) {

        Bandwidth bandwidth() {
            return Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build();
        }

        BucketConfiguration configuration() {
            return BucketConfiguration.builder().addLimit(bandwidth()).build();
        }
    }

    /**
     * Takes one action from the key's allowance; false when it has none left. What this instance saw
     * alone is counted in memory too: when that is used up, the shared allowance is too, and the
     * surplus of a flood is refused without taking a database connection.
     */
    public boolean tryTake(Limit limit, String key) {
        if (!here(limit, key).tryConsume(1)) {
            return false;
        }
        if (buckets == null) {
            return true;
        }
        try {
            return shared(limit, key).tryConsume(1);
        } catch (RuntimeException failed) {
            throw unavailable(failed);
        }
    }

    /** Whether the key has used up its allowance, without taking anything (nor asking the database when this instance knows). */
    public boolean isExhausted(Limit limit, String key) {
        if (isExhaustedHere(limit, key)) {
            return true;
        }
        if (buckets == null) {
            return false;
        }
        try {
            return shared(limit, key).getAvailableTokens() <= 0;
        } catch (RuntimeException failed) {
            throw unavailable(failed);
        }
    }

    /**
     * Whether this instance alone has seen the key use up its allowance: a check that costs no
     * database connection, to refuse a flood before anything else is done for it.
     */
    public boolean isExhaustedHere(Limit limit, String key) {
        return here(limit, key).getAvailableTokens() <= 0;
    }

    /** Bucket4j wraps JDBC's exceptions in its own; the pages know what to say about Spring's. */
    private static RuntimeException unavailable(RuntimeException failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                return new DataAccessResourceFailureException("Rate limits could not be read", failed);
            }
        }
        return failed;
    }

    /** Forgets every key of the limit: for tests, whose requests all come from one address. */
    public void forget(Limit limit) {
        jdbc.sql("delete from rate_limit_bucket where id like :prefix").param("prefix", limit.name() + ":%").update();
        local.asMap().keySet().removeIf(key -> key.startsWith(limit.name() + ":"));
    }

    /** What this instance alone saw (on H2, which one instance alone opens, all there is). */
    private Bucket here(Limit limit, String key) {
        return local.get(limit.name() + ":" + key, any -> Bucket.builder().addLimit(limit.bandwidth()).build());
    }

    private Bucket shared(Limit limit, String key) {
        return buckets.builder().build(limit.name() + ":" + key, limit::configuration);
    }

    /** Drops the rows of buckets that have filled up again; any instance may do it, each row once. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void dropFullBuckets() {
        if (buckets == null) {
            return;
        }
        int removed;
        do {
            removed = buckets.removeExpired(1000);
            log.debug("Dropped {} full rate-limit buckets", removed);
        } while (removed == 1000);
    }
}
