/**
 * Candidate profiles (skills, education, experience, certifications, portfolio,
 * availability, preferences) and employer profiles.
 */
@ApplicationModule(displayName = "Profiles", allowedDependencies = { "shared", "identity", "catalog", "companies" })
@NullMarked
package io.openhire.profiles;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
