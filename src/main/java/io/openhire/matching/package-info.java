/**
 * Interactions, job and candidate recommendations with explanations, skill gaps, trending
 * and A/B variants.
 */
@ApplicationModule(displayName = "Matching",
		allowedDependencies = { "shared", "identity", "catalog", "profiles", "companies", "jobs", "applications" })
@NullMarked
package io.openhire.matching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
