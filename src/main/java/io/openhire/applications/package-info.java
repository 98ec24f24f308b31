/**
 * Applications and their status workflow and history, interviews and placements.
 */
@ApplicationModule(displayName = "Applications",
		allowedDependencies = { "shared", "identity", "profiles", "companies", "jobs", "documents", "assessments" })
@NullMarked
package io.openhire.applications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
