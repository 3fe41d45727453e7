/**
 * What each release did, counted on the server without cookies: views (page-cache hits and 304s
 * included), unique visitors by a daily-salted hash that is thrown away with its day, bots apart,
 * referrers reduced to their site, UTM campaigns, downloads and search terms. Counts are kept in
 * memory and written in batches; PR staff read them in the admin.
 */
@ApplicationModule(displayName = "Analytics", allowedDependencies = {"account", "alert", "campaign", "inquiry", "release", "settings", "web"})
package io.newsroom.analytics;

import org.springframework.modulith.ApplicationModule;
