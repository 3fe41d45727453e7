/**
 * Atom and RSS feeds, sitemap.xml and robots.txt.
 */
@ApplicationModule(displayName = "Feeds and sitemap", allowedDependencies = {"pagecache", "release", "settings", "web"})
package io.newsroom.discovery;

import org.springframework.modulith.ApplicationModule;
