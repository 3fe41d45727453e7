/**
 * The media list: journalists and other recipients, with lists, saved segments, CSV import and
 * export, a lawful basis per person, and erasure that leaves only a suppression hash.
 */
@ApplicationModule(displayName = "Contacts", allowedDependencies = {"account", "audit", "mail", "web"})
package io.newsroom.contacts;

import org.springframework.modulith.ApplicationModule;
