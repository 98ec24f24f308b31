package io.openhire.jobs;

import io.openhire.shared.MergePatch;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.CursorQuery;
import io.openhire.shared.CursorResponse;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Jobs ({@code /api/v1/jobs}, API.md "Jobs"): the list, one job, edits and lifecycle. */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Jobs")
class JobsController {

	private final JobService jobs;

	private final JobListing listing;

	private final MergePatch patches;

	private final JobPostingLd postings;

	private final JobTrending trending;

	private final JobDetailJson details;

	JobsController(JobService jobs, JobListing listing, MergePatch patches, JobPostingLd postings, JobTrending trending,
			JobDetailJson details) {
		this.details = details;
		this.trending = trending;
		this.postings = postings;
		this.jobs = jobs;
		this.listing = listing;
		this.patches = patches;
	}

	@GetMapping
	@Operation(summary = "Published, open jobs, filtered; page or cursor (default ordering only); public")
	Object list(PageQuery page, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable String ordering,
			@RequestParam(required = false) @Nullable String company,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(name = "job_type", required = false) @Nullable String jobType,
			@RequestParam(name = "experience_level", required = false) @Nullable String experienceLevel,
			@RequestParam(name = "remote_option", required = false) @Nullable String remoteOption,
			@RequestParam(required = false) @Nullable String location,
			@RequestParam(name = "salary_min", required = false) @Nullable Integer salaryMin,
			@RequestParam(name = "salary_max", required = false) @Nullable Integer salaryMax,
			@RequestParam(required = false) @Nullable String currency,
			@RequestParam(required = false) @Nullable List<String> skills,
			@RequestParam(name = "facility_type", required = false) @Nullable String facilityType,
			@RequestParam(name = "company_type", required = false) @Nullable String companyType,
			@RequestParam(name = "posted_within_days", required = false) @Nullable Integer postedWithinDays,
			@RequestParam(required = false) @Nullable Boolean featured) {
		if (postedWithinDays != null && (postedWithinDays < 1 || postedWithinDays > 3650)) {
			throw ApiProblem.invalid("posted_within_days", "Must be between 1 and 3650.");
		}
		JobFilter filter = new JobFilter(uuid("company", company), uuid("category", category),
				ApiValue.parameter(JobType.class, "job_type", jobType),
				ApiValue.parameter(ExperienceLevel.class, "experience_level", experienceLevel),
				ApiValue.parameter(RemoteOption.class, "remote_option", remoteOption), location, salaryMin, salaryMax,
				blank(currency) ? null : currency, skillIds(skills),
				blank(companyType) ? null : companyType.strip().toLowerCase(java.util.Locale.ROOT),
				facility(facilityType), postedWithinDays, featured);
		JobOrdering order = JobOrdering.parameter(ordering);
		if (cursor != null) {
			if (order != JobOrdering.NEWEST) {
				throw ApiProblem.invalid("cursor", "Cursors work with the default ordering (-published_at) only.");
			}
			JobListing.Slice<JobSummary> slice = listing.cursor(filter, CursorQuery.parse(cursor, page.pageSize()));
			return CursorResponse.of(slice.results(), slice.nextPosition(), slice.previousPosition());
		}
		Page<JobSummary> found = listing.page(filter, order, page);
		return PageResponse.of(page, found.getTotalElements(), found.getContent());
	}

	@GetMapping("/trending")
	@Operation(summary = "Published, open jobs ranked by recent views, saves and applications with time decay; "
			+ "public; location (city or country code) and category narrow it")
	PageResponse<JobSummary> trending(PageQuery page, @RequestParam(required = false) @Nullable String location,
			@RequestParam(required = false) @Nullable String category) {
		List<JobSummary> ranked = trending.trending(location, uuid("category", category));
		int from = (int) Math.min(page.offset(), ranked.size());
		int to = Math.min(from + page.pageSize(), ranked.size());
		return PageResponse.of(page, ranked.size(), ranked.subList(from, to));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
	@Operation(summary = "Create a draft job for a company you are a member of (admins: any company)")
	ResponseEntity<JobView> create(@Valid @RequestBody JobDetails details) {
		JobView job = jobs.create(CurrentUser.get(), details);
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(job.id()).toUri();
		return ResponseEntity.created(location).body(job);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A job: public while published and open; the company's members and admins see any; "
			+ "Accept: application/ld+json answers a schema.org JobPosting. Counts a view")
	ResponseEntity<?> get(@PathVariable UUID id, HttpServletRequest request) {
		CurrentUser caller = CurrentUser.find().orElse(null);
		String viewer = (caller != null) ? "user:" + caller.id() : "ip:" + request.getRemoteAddr();
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (wantsJsonLd(accept)) {
			return ResponseEntity.ok()
				.contentType(JobPostingLd.MEDIA_TYPE)
				.body(postings.of(jobs.get(caller, id, viewer)));
		}
		if (!acceptsJson(accept)) {
			// the message converters answer 406 as for any other endpoint
			return ResponseEntity.ok(jobs.get(caller, id, viewer));
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(details.of(caller, id, viewer));
	}

	/**
	 * Whether plain JSON may answer: the JSON bytes are written as they are, past the
	 * content negotiation of the message converters.
	 */
	private static boolean acceptsJson(@Nullable String accept) {
		if (accept == null || accept.isBlank() || accept.equals("*/*") || accept.equals("application/json")) {
			return true;
		}
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch((type) -> type.includes(MediaType.APPLICATION_JSON) && type.getQualityValue() > 0);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/**
	 * JSON-LD only when asked for by name (a wildcard gets plain JSON), and not with a
	 * lower quality than plain JSON.
	 */
	private static boolean wantsJsonLd(@Nullable String accept) {
		if (accept == null || !accept.contains("ld+json")) {
			return false;
		}
		double jsonLd = 0;
		double json = 0;
		try {
			for (MediaType type : MediaType.parseMediaTypes(accept)) {
				if (type.equalsTypeAndSubtype(JobPostingLd.MEDIA_TYPE)) {
					jsonLd = Math.max(jsonLd, type.getQualityValue());
				}
				else if (type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
					json = Math.max(json, type.getQualityValue());
				}
			}
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		return jsonLd > 0 && jsonLd >= json;
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
	@Operation(summary = "Replace a job's fields; a published job is checked again like a new one")
	JobView replace(@PathVariable UUID id, @Valid @RequestBody JobDetails details) {
		return jobs.update(CurrentUser.get(), id, details);
	}

	@PatchMapping(path = "/{id}", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json" })
	@PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
	@Operation(summary = "Change some of a job's fields, as a JSON merge patch: null clears")
	JobView change(@PathVariable UUID id, @RequestBody JsonNode patch) {
		return jobs.patch(CurrentUser.get(), id, (current) -> patches.apply(current, patch, JobDetails.class));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
	@Operation(summary = "Archive a job (soft delete)")
	JobView delete(@PathVariable UUID id) {
		return jobs.archive(CurrentUser.get(), id);
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize("hasRole('EMPLOYER')")
	@Operation(summary = "Publish a draft: verified company → published, else pending_review")
	JobView publish(@PathVariable UUID id) {
		return jobs.publish(CurrentUser.get(), id);
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
	@Operation(summary = "Close a published job")
	JobView close(@PathVariable UUID id) {
		return jobs.close(CurrentUser.get(), id);
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
	@Operation(summary = "Archive a job")
	JobView archive(@PathVariable UUID id) {
		return jobs.archive(CurrentUser.get(), id);
	}

	@PostMapping("/{id}/reopen")
	@PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
	@Operation(summary = "Publish a closed job again")
	JobView reopen(@PathVariable UUID id) {
		return jobs.reopen(CurrentUser.get(), id);
	}

	private static @Nullable String facility(@Nullable String value) {
		if (blank(value)) {
			return null;
		}
		String facility = value.strip().toLowerCase(java.util.Locale.ROOT);
		if (!java.util.Set.of("public", "private", "specialty").contains(facility)) {
			throw ApiProblem.invalid("facility_type", "Must be one of public, private, specialty.");
		}
		return facility;
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static @Nullable UUID uuid(String name, @Nullable String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.invalid(name, "Must be an id.");
		}
	}

	private static List<UUID> skillIds(@Nullable List<String> values) {
		List<UUID> ids = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				for (String part : value.split(",")) {
					if (!part.isBlank()) {
						ids.add(uuid("skills", part));
					}
				}
			}
		}
		return ids;
	}

}
