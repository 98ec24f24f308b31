/**
 * Candidate profiles (skills, education, experience, certifications, portfolio,
 * availability, preferences) and employer profiles.
 * <p>
 * Every candidate and employer has one profile, created empty at registration (or on
 * first access) and deleted with the account. Other modules use
 * {@link io.openhire.profiles.CandidateProfiles}; the applications module tells which
 * employers may see a candidate's contact details through
 * {@link io.openhire.profiles.ContactDetailsAccess}. See {@code docs/profiles.md}.
 */
@ApplicationModule(displayName = "Profiles", allowedDependencies = { "shared", "identity", "catalog", "companies" })
@NullMarked
package io.openhire.profiles;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
