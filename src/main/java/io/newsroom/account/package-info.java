/**
 * Staff accounts, sign-in, lockout and throttling, and who may see what.
 */
@ApplicationModule(displayName = "Staff accounts", allowedDependencies = {"audit", "limits", "web"})
package io.newsroom.account;

import org.springframework.modulith.ApplicationModule;
