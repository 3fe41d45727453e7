/**
 * Webhooks: endpoints an ADMIN registers for release and inquiry events, and an outbox of
 * deliveries signed the Standard Webhooks way, sent with retries to public addresses only.
 */
@ApplicationModule(displayName = "Webhooks", allowedDependencies = {"account", "audit", "inquiry", "release", "settings", "web"})
package io.newsroom.webhook;

import org.springframework.modulith.ApplicationModule;
