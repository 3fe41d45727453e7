/**
 * The outbox and the worker that sends it. Knows no feature: a message carries its sender's reference.
 */
@ApplicationModule(displayName = "Mail outbox", allowedDependencies = {})
package io.newsroom.mail;

import org.springframework.modulith.ApplicationModule;
