/**
 * Press releases: the model, the editor, the public pages, search, PDF, embargoed previews, categories and demo content.
 */
@ApplicationModule(displayName = "Press releases", allowedDependencies = {"account", "audit", "media", "settings", "web"})
package io.newsroom.release;

import org.springframework.modulith.ApplicationModule;
