package io.newsroom.release.schedule;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.newsroom.release.model.PressReleases;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * {@code newsroom_scheduler_lag_seconds}: how long the longest-overdue scheduled release has waited
 * to be recorded as published; 0 when none waits. It stays near the scheduler's interval while the
 * job runs somewhere; growing means no instance runs it. (Visitors see a release from its time on
 * whatever this says: the public queries do not wait for the job.)
 */
@Component
class SchedulerMetrics implements MeterBinder {

    private final PressReleases releases;
    private final Clock clock;

    SchedulerMetrics(PressReleases releases, Clock clock) {
        this.releases = releases;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("newsroom.scheduler.lag", this::lagSeconds).baseUnit(TimeUnit.SECONDS.name().toLowerCase())
                .description("Seconds the longest-overdue scheduled release has waited for the scheduler")
                .register(registry);
    }

    double lagSeconds() {
        var now = clock.instant();
        return releases.findOldestDue(now).map(due -> Duration.between(due, now).toMillis() / 1000.0).orElse(0.0);
    }
}
