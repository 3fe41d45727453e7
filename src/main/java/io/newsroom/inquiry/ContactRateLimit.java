package io.newsroom.inquiry;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/** So many inquiries per address per window (in memory, per instance). */
@Component
class ContactRateLimit {

    private final ContactProperties properties;
    private final Cache<String, Bucket> buckets;

    ContactRateLimit(ContactProperties properties) {
        this.properties = properties;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(properties.window().multipliedBy(2))
                .maximumSize(100_000).build();
    }

    /** Takes one inquiry from the address's allowance; false when it has none left. */
    boolean tryTake(String address) {
        return buckets.get(address, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(properties.perAddress())
                        .refillGreedy(properties.perAddress(), properties.window()))
                .build()).tryConsume(1);
    }

    void forgetAll() {
        buckets.invalidateAll();
    }
}
