/**
 * The defences of every public form: signed one-time tokens, a minimum fill time, a rate limit, a honeypot and a spam heuristic, with one verdict.
 */
@ApplicationModule(displayName = "Form defences", allowedDependencies = {"limits"})
package io.newsroom.formguard;

import org.springframework.modulith.ApplicationModule;
