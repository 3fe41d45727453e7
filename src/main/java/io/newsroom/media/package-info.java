/**
 * Image uploads: checked, re-encoded into widths and stored. Asks the features that show images where they are used (ImageUses).
 */
@ApplicationModule(displayName = "Media library", allowedDependencies = {"account", "audit", "web"})
package io.newsroom.media;

import org.springframework.modulith.ApplicationModule;
