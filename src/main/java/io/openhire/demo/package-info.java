/**
 * Demo data: {@code java -jar openhire.jar demo seed --jobs N} fills an empty or used
 * database with realistic companies (hospitals and clinics among them), employers,
 * candidates with skills and jobs across the catalog's categories and cities.
 * <p>
 * A development and benchmarking tool, not a feature: to write 100,000 jobs in well under
 * a minute it inserts rows with JDBC batches straight into the tables the other modules
 * own, following their migrations, instead of going through their services one request at
 * a time. It therefore publishes no events; counters it touches (category job counts,
 * companies' open jobs) are recomputed at the end.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = { "shared" })
@NullMarked
package io.openhire.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
