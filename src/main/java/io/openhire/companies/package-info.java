/**
 * Companies, including hospitals and clinics, and their memberships.
 */
@ApplicationModule(displayName = "Companies", allowedDependencies = { "shared", "identity", "catalog" })
@NullMarked
package io.openhire.companies;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
