/**
 * Sending a release to journalists: campaigns to lists and segments, in each contact's language,
 * under embargo with personal links, reviewed when releases are; delivered one message per
 * recipient through the outbox at a set rate, with one-click unsubscribe, bounces, clicks and
 * replies counted per recipient.
 */
@ApplicationModule(displayName = "Campaigns", allowedDependencies = {"account", "audit", "contacts", "mail", "release", "settings", "web"})
package io.newsroom.campaign;

import org.springframework.modulith.ApplicationModule;
