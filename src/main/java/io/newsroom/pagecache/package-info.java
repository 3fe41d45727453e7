/**
 * HTTP caching and the in-memory cache of rendered public pages. Features declare which of their
 * pages are the same for every visitor ({@link io.newsroom.pagecache.CacheablePages}); this module
 * knows no feature. A page is fresh while the database's content version is unchanged.
 */
@ApplicationModule(displayName = "Page cache", allowedDependencies = {"web"})
package io.newsroom.pagecache;

import org.springframework.modulith.ApplicationModule;
