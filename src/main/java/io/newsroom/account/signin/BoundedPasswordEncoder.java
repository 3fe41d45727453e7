package io.newsroom.account.signin;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Bounds how many password hashes run at once. Each Argon2 check takes about 16 MB and a core for
 * a while, and anyone can ask for one (a wrong password, an unknown email: Spring checks a dummy
 * hash then, so that both take as long). A few at a time run; a few more wait their turn; beyond
 * that a sign-in is refused at once as busy (503), so that a burst of sign-ins can neither exhaust
 * the heap nor starve the pages. Every check, right or wrong, known account or not, passes the same
 * gate, so the timing stays the same for all.
 */
public class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore running;
    private final int maxWaiting;
    private final Duration longestWait;
    private final AtomicInteger waiting = new AtomicInteger();

    public BoundedPasswordEncoder(PasswordEncoder delegate, int concurrent, int maxWaiting, Duration longestWait) {
        this.delegate = delegate;
        this.running = new Semaphore(concurrent, true);
        this.maxWaiting = maxWaiting;
        this.longestWait = longestWait;
    }

    /** Too many sign-ins at once: nothing was checked, and it does not count as a wrong password. */
    static final class BusyException extends AuthenticationServiceException {
        BusyException() {
            super("Too many password checks at once");
        }
    }

    @Override
    public String encode(CharSequence rawPassword) {
        acquire();
        try {
            return delegate.encode(rawPassword);
        } finally {
            running.release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        acquire();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } finally {
            running.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** How many checks wait for their turn now. */
    int waiting() {
        return waiting.get();
    }

    private void acquire() {
        if (running.tryAcquire()) {
            return;
        }
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            throw new BusyException();
        }
        try {
            if (!running.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException();
        } finally {
            waiting.decrementAndGet();
        }
    }
}
