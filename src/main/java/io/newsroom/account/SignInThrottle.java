package io.newsroom.account;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Slows down an address that fails many sign-ins, whichever accounts it tries: after
 * {@value #FAILURES} failures within {@value #WINDOW_MINUTES} minutes it must wait. Kept in memory
 * (per instance); the per-account lock, kept in the database, is what survives a restart.
 */
@Component
class SignInThrottle {

    static final int FAILURES = 20;
    static final int WINDOW_MINUTES = 10;

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(WINDOW_MINUTES * 2L))
            .maximumSize(100_000)
            .build();

    boolean isThrottled(String address) {
        var bucket = buckets.getIfPresent(address);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    /** Forgets every address: for tests, which all come from one. */
    void forgetAll() {
        buckets.invalidateAll();
    }

    void recordFailure(String address) {
        buckets.get(address, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(FAILURES)
                        .refillGreedy(FAILURES, Duration.ofMinutes(WINDOW_MINUTES)))
                .build()).tryConsume(1);
    }
}
