package io.newsroom.web;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Start-up work that must be done before the first request is answered: it runs once the
 * application is built and before the web server starts (an {@code ApplicationRunner} would run
 * after it, so the first visitors would see an empty newsroom). Work with a lower {@link #order()}
 * runs first. A failure stops the start, as it would at any other point. A training start for the
 * class-data-sharing archive ({@code -Dspring.context.exit=onRefresh}) skips it, as it skipped
 * {@code ApplicationRunner}s.
 */
public abstract class BeforeServing implements SmartLifecycle {

    private volatile boolean done;

    /** The work, done once per start. */
    protected abstract void work();

    /** Which of these goes first: lower first, at most 100. */
    protected abstract int order();

    @Override
    public final void start() {
        // a training start (class-data sharing) stops after the refresh and serves nobody: it
        // creates no first admin and loads no demo content into the database it was pointed at
        if (!done && !"onRefresh".equals(System.getProperty("spring.context.exit"))) {
            work();
        }
        done = true;
    }

    @Override
    public final void stop() {
        // nothing to undo
    }

    @Override
    public final boolean isRunning() {
        return done;
    }

    @Override
    public final int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 100 + Math.min(order(), 99);
    }
}
