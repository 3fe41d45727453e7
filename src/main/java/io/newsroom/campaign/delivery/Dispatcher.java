package io.newsroom.campaign.delivery;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.newsroom.campaign.model.CampaignProperties;
import io.newsroom.campaign.model.Campaigns;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Every {@code newsroom.campaigns.dispatch-interval}, on a thread of its own: starts campaigns
 * whose time has come and queues the next share of each one sending. Every instance runs it; the
 * database decides which one does each piece.
 */
@Component
class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Campaigns campaigns;
    private final Starter starter;
    private final Dispatch dispatch;
    private final CampaignProperties properties;
    private final Clock clock;
    private ScheduledExecutorService thread;

    Dispatcher(Campaigns campaigns, Starter starter, Dispatch dispatch, CampaignProperties properties, Clock clock) {
        this.campaigns = campaigns;
        this.starter = starter;
        this.dispatch = dispatch;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "campaign-dispatcher"));
        long every = properties.dispatchInterval().toMillis();
        thread.scheduleWithFixedDelay(this::runSafely, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdown();
            try {
                if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                    thread.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                thread.shutdownNow();
            }
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    private void runSafely() {
        try {
            run();
        } catch (RuntimeException e) {
            log.warn("Campaigns could not be dispatched: {}", e.getMessage());
        }
    }

    /** One round: returns how many messages were queued. */
    int run() {
        int queued = 0;
        for (Long id : campaigns.findActive(clock.instant())) {
            try {
                starter.startIfDue(id, clock.instant());
                int share;
                do {
                    share = dispatch.share(id, clock.instant());
                    queued += share;
                } while (share == Dispatch.MAX_SHARE);
            } catch (DataAccessException taken) {
                // another instance started or moved this campaign on at the same moment: its turn
                log.debug("Campaign {} was taken by another instance: {}", id, taken.getMessage());
            } catch (RuntimeException e) {
                log.warn("Campaign {} could not go on: {}", id, e.getMessage());
            }
        }
        return queued;
    }
}
