/**
 * Saved searches that notify candidates of new matching jobs, immediately, daily or
 * weekly.
 */
@ApplicationModule(displayName = "Alerts", allowedDependencies = { "shared", "identity", "jobs", "search" })
@NullMarked
package io.openhire.alerts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
