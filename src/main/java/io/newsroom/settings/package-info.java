/**
 * The newsroom.* properties and the settings ADMINs edit.
 */
@ApplicationModule(displayName = "Site settings", allowedDependencies = {"account", "audit", "media", "pagecache", "web"})
package io.newsroom.settings;

import org.springframework.modulith.ApplicationModule;
