package io.newsroom.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.newsroom.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Limits shared by every instance, on the test database: the allowance holds, and once an instance
 * has seen a key use it up, the surplus of a flood is refused without taking a database connection
 * (a fresh instance flooded at start-up otherwise queued for the pool and answered 503).
 */
@IntegrationTest
class RateLimitsTest {

    @Autowired
    DataSource dataSource;

    @Test
    void refusesTheSurplusOfAFloodWithoutAskingTheDatabase() throws Exception {
        var connections = new AtomicInteger();
        var counted = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connections.incrementAndGet();
                    }
                    return method.invoke(dataSource, args);
                });
        var limits = new RateLimits(counted, JdbcClient.create(counted));
        var limit = new RateLimits.Limit("flood-test", 5, Duration.ofHours(1));
        limits.forget(limit);
        String address = "198.51.100." + System.nanoTime() % 200;

        for (int i = 0; i < 5; i++) {
            assertThat(limits.tryTake(limit, address)).isTrue();
        }
        int before = connections.get();
        for (int i = 0; i < 200; i++) {
            assertThat(limits.tryTake(limit, address)).isFalse();
            assertThat(limits.isExhausted(limit, address)).isTrue();
        }

        assertThat(connections.get()).as("no connection for the surplus").isEqualTo(before);
        assertThat(limits.tryTake(limit, "198.51.100.250")).as("another address is counted apart").isTrue();
        assertThat(connections.get()).as("and asks the shared allowance").isGreaterThan(before);
    }
}
