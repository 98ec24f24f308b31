/**
 * Reviews and testimonials with moderation and rating aggregates.
 */
@ApplicationModule(displayName = "Reviews",
		allowedDependencies = { "shared", "identity", "profiles", "companies", "applications" })
@NullMarked
package io.openhire.reviews;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
