/**
 * Full-text, faceted, geo and autocomplete search over jobs, and over candidates for
 * employers.
 */
@ApplicationModule(displayName = "Search",
		allowedDependencies = { "shared", "catalog", "companies", "jobs", "profiles" })
@NullMarked
package io.openhire.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
