/**
 * WordPress import: an uploaded export (WXR) and its media are previewed, then brought in all or
 * nothing through the release module's import API ({@link io.newsroom.release.ReleaseImport}); the
 * posts' old addresses lead to their releases.
 */
@ApplicationModule(displayName = "WordPress import", allowedDependencies = {"account", "media", "release", "settings", "web"})
package io.newsroom.wordpress;

import org.springframework.modulith.ApplicationModule;
