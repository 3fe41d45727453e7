/**
 * Staff accounts and who may see what. Other features use {@link io.newsroom.account.Staff} (who is
 * acting), {@link io.newsroom.account.Role} and {@link io.newsroom.account.StaffDirectory} (reads);
 * {@code SecurityConfiguration} builds the filter chains from the inner packages, each one concern,
 * layered so that none uses a package that uses it:
 * {@code staff} (administration: accounts, passwords, the first admin) over {@code tokens} (personal
 * access tokens and bearer sign-in for the staff API), over {@code factors} (authenticator apps,
 * recovery codes, passkeys, the second step), over {@code signin} (the sign-in page, sessions,
 * lockout and throttling, password hashing), over {@code model} (the account entity and its
 * repository, the password policy). Other features' URLs are not listed here: each declares its
 * ADMIN-only pages, its form-less posts and its token-only APIs through
 * {@link io.newsroom.web.AccessRules}.
 */
@ApplicationModule(displayName = "Staff accounts", allowedDependencies = {"audit", "limits", "web"})
package io.newsroom.account;

import org.springframework.modulith.ApplicationModule;
