package io.newsroom.formguard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/** So many sent public forms per address per window (in memory, per instance). */
@Component
public class FormRateLimit {

    private final FormGuardProperties properties;
    private final Cache<String, Bucket> buckets;

    FormRateLimit(FormGuardProperties properties) {
        this.properties = properties;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(properties.window().multipliedBy(2))
                .maximumSize(100_000).build();
    }

    /** Takes one form from the address's allowance; false when it has none left. */
    boolean tryTake(String address) {
        return buckets.get(address, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(properties.perAddress())
                        .refillGreedy(properties.perAddress(), properties.window()))
                .build()).tryConsume(1);
    }

    /** Forgets every address: for tests, which all come from one. */
    public void forgetAll() {
        buckets.invalidateAll();
    }
}
