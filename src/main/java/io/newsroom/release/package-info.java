/**
 * Press releases. This package is what other features may use: {@link io.newsroom.release.ReleaseLookup},
 * the {@link io.newsroom.release.ReleasePublished} event and {@link io.newsroom.release.Markdown}. The rest
 * lives in inner packages that only this module reaches: {@code model} (the release, its categories and
 * revisions, and the use cases), {@code site} (the public pages), {@code editor} (the admin),
 * {@code embargo} (preview links) and {@code demo} (demo content).
 */
@ApplicationModule(displayName = "Press releases", allowedDependencies = {"account", "audit", "mail", "media", "pagecache", "settings", "site", "web"})
package io.newsroom.release;

import org.springframework.modulith.ApplicationModule;
