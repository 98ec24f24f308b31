package io.openhire.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The parameters of a job search, as {@code GET /jobs/search} takes them from the query
 * (multi-value ones comma-separated or repeated) and {@code POST /jobs/advanced-search}
 * from a JSON body (multi-value ones as lists). Checked by {@link JobQuery#of}.
 */
record SearchRequest(@Nullable String q, @Nullable List<String> company, @Nullable List<String> category,
		@BindParam("job_type") @Nullable List<String> jobType,
		@BindParam("experience_level") @Nullable List<String> experienceLevel,
		@BindParam("remote_option") @Nullable List<String> remoteOption, @Nullable String location,
		@Nullable Double lat, @Nullable Double lon, @BindParam("radius_km") @Nullable Double radiusKm,
		@BindParam("salary_min") @Nullable Integer salaryMin, @BindParam("salary_max") @Nullable Integer salaryMax,
		@Nullable String currency, @Nullable List<String> skills,
		@BindParam("facility_type") @Nullable String facilityType,
		@BindParam("company_type") @Nullable String companyType,
		@BindParam("posted_within_days") @Nullable Integer postedWithinDays, @Nullable Boolean featured,
		@Nullable String sort, @Nullable List<String> facets, @Nullable Boolean highlight, @Nullable Integer page,
		@BindParam("page_size") @Nullable Integer pageSize) {

}
