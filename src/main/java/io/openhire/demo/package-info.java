/**
 * Demo data: {@code java -jar openhire.jar demo seed --jobs N} fills an empty or used
 * database with realistic companies (hospitals and clinics among them), employers,
 * candidates with skills, jobs across the catalog's categories and cities, and
 * applications to them at every status with their history, interviews and placements.
 * <p>
 * A development and benchmarking tool, not a feature: to write 100,000 jobs in well under
 * a minute it inserts rows with JDBC batches straight into the tables the other modules
 * own, following their migrations, instead of going through their services one request at
 * a time. It therefore publishes no events (search learns of the jobs and candidates by
 * {@code search reindex}); counters it touches are written exact: jobs' application
 * counts as it goes, category job counts and companies' open jobs recomputed at the end.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = { "shared" })
@NullMarked
package io.openhire.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
