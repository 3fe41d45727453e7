/**
 * The layout model, error pages (Tomcat's own refusals too), database timeouts, the Clock.
 */
@ApplicationModule(displayName = "Site frame", allowedDependencies = {"account", "settings", "web"})
package io.newsroom.site;

import org.springframework.modulith.ApplicationModule;
