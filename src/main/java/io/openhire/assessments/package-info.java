/**
 * Assessments, their questions, candidates' attempts and scoring.
 */
@ApplicationModule(displayName = "Assessments", allowedDependencies = { "shared", "identity", "catalog", "profiles" })
@NullMarked
package io.openhire.assessments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
