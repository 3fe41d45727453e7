/**
 * Small helpers every feature may use: pagination, CSV, LIKE patterns, security headers, telling a database outage from a bug. Knows no feature.
 */
@ApplicationModule(displayName = "Web helpers", allowedDependencies = {})
package io.newsroom.web;

import org.springframework.modulith.ApplicationModule;
