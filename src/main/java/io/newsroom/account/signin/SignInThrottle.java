package io.newsroom.account.signin;

import java.time.Duration;

import io.newsroom.limits.RateLimits;

import org.springframework.stereotype.Component;

/**
 * Slows down an address that fails many sign-ins, whichever accounts it tries: after
 * {@value #FAILURES} failures within {@value #WINDOW_MINUTES} minutes it must wait. Counted in the
 * database, across every instance; the per-account lock is kept there too.
 */
@Component
public class SignInThrottle {

    static final int FAILURES = 20;
    static final int WINDOW_MINUTES = 10;

    private static final RateLimits.Limit LIMIT =
            new RateLimits.Limit("sign-in", FAILURES, Duration.ofMinutes(WINDOW_MINUTES));

    private final RateLimits limits;

    SignInThrottle(RateLimits limits) {
        this.limits = limits;
    }

    boolean isThrottled(String address) {
        return limits.isExhausted(LIMIT, address);
    }

    /** Forgets every address: for tests, which all come from one. */
    public void forgetAll() {
        limits.forget(LIMIT);
    }

    public void recordFailure(String address) {
        limits.tryTake(LIMIT, address);
    }
}
