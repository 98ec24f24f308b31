/**
 * Master data: skills with aliases and categories, the job category tree, qualifications
 * and locations.
 */
@ApplicationModule(displayName = "Catalog", allowedDependencies = { "shared", "identity" })
@NullMarked
package io.openhire.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
