/**
 * Who did what and when, for ADMINs.
 */
@ApplicationModule(displayName = "Audit log", allowedDependencies = {"web"})
package io.newsroom.audit;

import org.springframework.modulith.ApplicationModule;
