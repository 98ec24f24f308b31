/**
 * Admin dashboard, time-series analytics, daily metric snapshots, the activity feed and
 * the audit log.
 */
@ApplicationModule(displayName = "Analytics",
		allowedDependencies = { "shared", "identity", "profiles", "companies", "verification", "jobs", "applications" })
@NullMarked
package io.openhire.analytics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
