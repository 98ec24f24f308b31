package io.openhire.demo;

import org.springframework.util.Assert;

/**
 * How much demo data to write. Everything scales with the number of jobs: one company per
 * 20 jobs, one candidate per 5 jobs, at least a handful of each.
 *
 * @param jobs the number of jobs
 * @param seed the random seed; the same seed on an empty database gives the same data
 */
record SeedPlan(int jobs, long seed) {

	static final int MAX_JOBS = 2_000_000;

	SeedPlan {
		Assert.isTrue(jobs >= 1 && jobs <= MAX_JOBS, "--jobs must be between 1 and " + MAX_JOBS);
	}

	int companies() {
		return Math.max(5, this.jobs / 20);
	}

	int candidates() {
		return Math.max(20, this.jobs / 5);
	}

}
