/**
 * Rate limits shared by every instance: token buckets kept in the database, so that five
 * inquiries on one instance and five on another are ten from the same address, not five twice.
 */
@ApplicationModule(displayName = "Rate limits", allowedDependencies = {})
package io.newsroom.limits;

import org.springframework.modulith.ApplicationModule;
