/**
 * Press releases. This package is what other features may use: {@link io.newsroom.release.ReleaseLookup}
 * (reads), {@link io.newsroom.release.ReleaseImport} (releases brought in from elsewhere), the events
 * ({@link io.newsroom.release.ReleasePublished} and its kin), and the values {@link io.newsroom.release.Slug},
 * {@link io.newsroom.release.PublicRelease} and {@link io.newsroom.release.Markdown}. The rest lives in
 * inner packages that only this module reaches: {@code model} (the release, its categories and
 * revisions, and the use cases), {@code site} (the public pages), {@code editor} (the admin),
 * {@code api} (the public and staff JSON API), {@code embargo} (preview links) and {@code schedule}
 * (publishing and ending on time).
 */
@ApplicationModule(displayName = "Press releases", allowedDependencies = {"account", "audit", "mail", "media", "pagecache", "settings", "site", "web"})
package io.newsroom.release;

import org.springframework.modulith.ApplicationModule;
