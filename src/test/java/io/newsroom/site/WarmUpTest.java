package io.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import io.newsroom.NewsroomApplication;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A new instance renders its busiest pages before it tells a load balancer it is ready, and the
 * readers analytics counts are not among them.
 */
class WarmUpTest {

    @Test
    void anInstanceIsReadyOnlyOnceItHasRenderedItsBusiestPagesWhichNobodyCountsAsReaders() {
        var acceptingAt = new AtomicLong();
        ApplicationListener<ApplicationEvent> readiness = event -> {
            if (event instanceof AvailabilityChangeEvent<?> change && change.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                acceptingAt.compareAndSet(0, System.nanoTime());
            }
        };
        String database = "jdbc:h2:mem:warm-up;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        try (var app = new SpringApplicationBuilder(NewsroomApplication.class).listeners(readiness)
                .run("--server.port=0", "--management.server.port=0", "--spring.datasource.url=" + database,
                        "--newsroom.warm-up.duration=PT1S", "--newsroom.demo-content=true",
                        "--newsroom.media.directory=target/test-media", "--newsroom.mail.poll-interval=PT1H")) {
            var warmUp = app.getBean(WarmUp.class);

            // every page of the round (the list, page 2, the feed, search, robots.txt, a release) at least once
            assertThat(warmUp.rendered()).isGreaterThanOrEqualTo(6);
            assertThat(acceptingAt.get()).as("readiness came after the warm-up").isGreaterThan(warmUp.finishedAt());
        } // a graceful stop writes what analytics counted
        var jdbc = JdbcClient.create(new DriverManagerDataSource(database, "sa", ""));
        assertThat(jdbc.sql("select count(*) from analytics_count").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from analytics_visitor").query(Long.class).single()).isZero();
    }
}
