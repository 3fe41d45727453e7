package io.newsroom.webhook;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends what the webhook outbox holds, on a thread of its own, so a slow receiver delays only its
 * own deliveries. Each attempt is claimed, sent within a hard deadline (connect and answer
 * timeouts, no redirects, the body of the answer never read), and its outcome written at once.
 * Delivery is at least once; the {@code webhook-id} header lets a receiver drop a repeat.
 */
@Component
class WebhookSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int PER_ROUND = 20;
    private static final int ROUNDS_BETWEEN_CLEAN_UPS = 720;

    private final DeliveryQueue queue;
    private final WebhookProperties properties;
    private final Clock clock;
    private final CloseableHttpClient http;
    private ScheduledExecutorService thread;
    /** Cancels a delivery that outlasts its deadline (a receiver that answers a byte at a time). */
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "webhook-deadline");
        thread.setDaemon(true);
        return thread;
    });
    private volatile DeliveryQueue.Attempt inFlight;
    /** Only the sender's thread counts them. */
    private long rounds;

    WebhookSender(DeliveryQueue queue, WebhookProperties properties, Destinations destinations, Clock clock) {
        this.queue = queue;
        this.properties = properties;
        this.clock = clock;
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(destinations)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                        .setSocketTimeout(Timeout.of(properties.responseTimeout())).build())
                .build();
        this.http = HttpClients.custom().setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(properties.responseTimeout()))
                        .setRedirectsEnabled(false).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .setUserAgent("Newsroom-Webhooks/1").build();
    }

    @Override
    public synchronized void start() {
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "webhook-sender"));
        long every = properties.pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::sendDueSafely, every, every, TimeUnit.MILLISECONDS);
    }

    /** Waits for the delivery being sent up to its deadline; otherwise gives its claim back. */
    @Override
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        thread.shutdown();
        try {
            if (!thread.awaitTermination(properties.deadline().toMillis(), TimeUnit.MILLISECONDS)) {
                var unfinished = inFlight;
                if (unfinished != null) {
                    queue.giveBack(unfinished);
                }
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.shutdownNow();
        } catch (RuntimeException e) {
            log.warn("Could not give back the claim of the webhook being sent: {}", e.getMessage());
        }
        thread = null;
    }

    @PreDestroy
    void close() throws IOException {
        deadlines.shutdownNow();
        http.close();
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    private void sendDueSafely() {
        try {
            if (rounds++ % ROUNDS_BETWEEN_CLEAN_UPS == 0) {
                queue.forgetOldDeliveries();
            }
            sendDue();
        } catch (RuntimeException e) {
            log.warn("The webhook sender could not look for deliveries: {}", e.getMessage());
        }
    }

    /** Sends the deliveries that are due now (a bounded number per round). */
    int sendDue() {
        int sent = 0;
        for (int i = 0; i < PER_ROUND; i++) {
            var next = queue.claimNext();
            if (next.isEmpty()) {
                break;
            }
            inFlight = next.get();
            try {
                send(next.get());
                sent++;
            } finally {
                inFlight = null;
            }
        }
        return sent;
    }

    private void send(DeliveryQueue.Attempt attempt) {
        long timestamp = clock.instant().getEpochSecond();
        var post = new HttpPost(attempt.url());
        post.setHeader("webhook-id", attempt.messageId());
        post.setHeader("webhook-timestamp", Long.toString(timestamp));
        post.setHeader("webhook-signature", Signatures.sign(attempt.secret(), attempt.messageId(), timestamp, attempt.payload()));
        post.setEntity(new StringEntity(attempt.payload(), ContentType.APPLICATION_JSON));
        var deadline = deadlines.schedule(post::cancel, properties.deadline().toMillis(), TimeUnit.MILLISECONDS);
        try (var response = http.executeOpen(null, post, null)) {
            int status = response.getCode();
            if (status >= 200 && status < 300) {
                queue.delivered(attempt, status);
            } else {
                queue.failed(attempt, status, "The receiver answered " + status);
            }
        } catch (IOException | RuntimeException e) {
            String why = post.isCancelled() ? "No answer within " + properties.deadline().toSeconds() + " s"
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            queue.failed(attempt, null, why);
        } finally {
            deadline.cancel(false);
        }
    }
}
