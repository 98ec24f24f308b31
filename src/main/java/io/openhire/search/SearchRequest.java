package io.openhire.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a job search, as {@code GET /jobs/search} takes them from the query
 * (multi-value ones comma-separated or repeated) and {@code POST /jobs/advanced-search}
 * from a JSON body (multi-value ones as lists). Read from the query by
 * {@link SearchRequestArguments}, checked by {@link JobQuery#of}; the {@code @Parameter}
 * names are the query's names in the OpenAPI document.
 */
record SearchRequest(@Nullable String q, @Nullable List<String> company, @Nullable List<String> category,
		@Parameter(name = "job_type") @Nullable List<String> jobType,
		@Parameter(name = "experience_level") @Nullable List<String> experienceLevel,
		@Parameter(name = "remote_option") @Nullable List<String> remoteOption, @Nullable String location,
		@Nullable Double lat, @Nullable Double lon, @Parameter(name = "radius_km") @Nullable Double radiusKm,
		@Parameter(name = "salary_min") @Nullable Integer salaryMin,
		@Parameter(name = "salary_max") @Nullable Integer salaryMax, @Nullable String currency,
		@Nullable List<String> skills, @Parameter(name = "facility_type") @Nullable String facilityType,
		@Parameter(name = "company_type") @Nullable String companyType,
		@Parameter(name = "posted_within_days") @Nullable Integer postedWithinDays, @Nullable Boolean featured,
		@Nullable String sort, @Nullable List<String> facets, @Nullable Boolean highlight, @Nullable Integer page,
		@Parameter(name = "page_size") @Nullable Integer pageSize) {

}
