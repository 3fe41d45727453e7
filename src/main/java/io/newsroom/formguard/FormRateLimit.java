package io.newsroom.formguard;

import io.newsroom.limits.RateLimits;

import org.springframework.stereotype.Component;

/** So many sent public forms per address per window, counted across every instance. */
@Component
public class FormRateLimit {

    private final RateLimits limits;
    private final RateLimits.Limit limit;

    FormRateLimit(RateLimits limits, FormGuardProperties properties) {
        this.limits = limits;
        this.limit = new RateLimits.Limit("form", properties.perAddress(), properties.window());
    }

    /** Takes one form from the address's allowance; false when it has none left. */
    boolean tryTake(String address) {
        return limits.tryTake(limit, address);
    }

    /** Whether this instance alone has seen the address use up its allowance: asks no database. */
    boolean isExhaustedHere(String address) {
        return limits.isExhaustedHere(limit, address);
    }

    /** Forgets every address: for tests, which all come from one. */
    public void forgetAll() {
        limits.forget(limit);
    }
}
