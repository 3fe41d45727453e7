/**
 * The contact form and the admin inbox.
 */
@ApplicationModule(displayName = "Journalists' inquiries", allowedDependencies = {"account", "audit", "formguard", "mail", "pagecache", "release", "settings", "web"})
package io.newsroom.inquiry;

import org.springframework.modulith.ApplicationModule;
