/**
 * Job postings: lifecycle and approval, saved jobs, views, feeds (schema.org JSON-LD,
 * XML) and import/export.
 */
@ApplicationModule(displayName = "Jobs",
		allowedDependencies = { "shared", "identity", "catalog", "companies", "profiles" })
@NullMarked
package io.openhire.jobs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
