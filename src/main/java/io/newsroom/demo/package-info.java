/**
 * Demo content: the sample releases that fill an empty newsroom on a laptop, brought in through the
 * release module's import API ({@link io.newsroom.release.ReleaseImport}) with their images.
 */
@ApplicationModule(displayName = "Demo content", allowedDependencies = {"media", "release", "settings", "web"})
package io.newsroom.demo;

import org.springframework.modulith.ApplicationModule;
