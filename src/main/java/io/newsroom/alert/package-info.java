/**
 * Email alerts for new releases, double opt-in.
 */
@ApplicationModule(displayName = "Email alerts", allowedDependencies = {"formguard", "mail", "release", "settings", "web"})
package io.newsroom.alert;

import org.springframework.modulith.ApplicationModule;
