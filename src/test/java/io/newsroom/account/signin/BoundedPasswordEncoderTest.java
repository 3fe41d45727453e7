package io.newsroom.account.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * However many sign-ins arrive at once, only a few password hashes (about 16 MB of heap each) run
 * together; a few more wait their turn, and the rest are refused at once as busy.
 */
class BoundedPasswordEncoderTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void runsAFewHashesAtOnceLetsAFewWaitAndRefusesTheRestAtOnce() throws Exception {
        var slow = new HeldEncoder();
        var bounded = new BoundedPasswordEncoder(slow, 2, 3, Duration.ofSeconds(30));

        var checks = new ArrayList<Future<Boolean>>();
        for (int i = 0; i < 5; i++) {
            checks.add(threads.submit(() -> bounded.matches("guess", "hash")));
        }
        slow.started.await(5, TimeUnit.SECONDS);
        // the other threads reach the gate in their own time: poll, with a bound
        await().atMost(Duration.ofSeconds(5)).until(() -> slow.running.get() == 2 && bounded.waiting() == 3);

        assertThatThrownBy(() -> bounded.matches("one too many", "hash"))
                .isInstanceOf(BoundedPasswordEncoder.BusyException.class);
        assertThat(slow.highest.get()).isEqualTo(2);

        slow.release.countDown();
        for (var check : checks) {
            assertThat(check.get(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(slow.highest.get()).as("never more than two at once").isEqualTo(2);
        assertThat(bounded.matches("later", "hash")).as("a free gate lets the next one in").isTrue();
    }

    @Test
    void aWaitingCheckGivesUpAsBusyAfterTheLongestWait() throws Exception {
        var slow = new HeldEncoder();
        var bounded = new BoundedPasswordEncoder(slow, 1, 5, Duration.ofMillis(200));
        threads.submit(() -> bounded.matches("first", "hash"));
        slow.started.await(5, TimeUnit.SECONDS);

        assertThatThrownBy(() -> bounded.matches("second", "hash")).isInstanceOf(BoundedPasswordEncoder.BusyException.class);
        slow.release.countDown();
    }

    @Test
    void aRealArgon2HashStillVerifiesThroughTheGate() {
        var bounded = new BoundedPasswordEncoder(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), 2, 6,
                Duration.ofSeconds(5));
        String hash = bounded.encode("a long enough passphrase");

        assertThat(bounded.matches("a long enough passphrase", hash)).isTrue();
        assertThat(bounded.matches("a wrong passphrase", hash)).isFalse();
    }

    /** A hash that takes as long as the test says, counting how many run at once. */
    private static final class HeldEncoder implements PasswordEncoder {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger highest = new AtomicInteger();

        @Override
        public String encode(CharSequence rawPassword) {
            return "hash";
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            highest.accumulateAndGet(running.incrementAndGet(), Math::max);
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return true;
        }
    }
}
