/**
 * Verification requests for candidates and companies and their review by admins.
 */
@ApplicationModule(displayName = "Verification",
		allowedDependencies = { "shared", "identity", "profiles", "companies", "documents" })
@NullMarked
package io.openhire.verification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
