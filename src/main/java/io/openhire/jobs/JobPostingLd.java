package io.openhire.jobs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.openhire.companies.CompanySummary;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * A job as a schema.org {@code JobPosting} in JSON-LD
 * ({@code Accept: application/ld+json} on {@code GET /jobs/{id}}), the structured data
 * job search engines read.
 */
@Component
class JobPostingLd {

	static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/ld+json");

	private final JobLinks links;

	JobPostingLd(JobLinks links) {
		this.links = links;
	}

	Map<String, Object> of(JobView job) {
		Map<String, Object> posting = new LinkedHashMap<>();
		posting.put("@context", "https://schema.org");
		posting.put("@type", "JobPosting");
		posting.put("title", job.title());
		posting.put("description", job.description());
		posting.put("datePosted", ((job.publishedAt() != null) ? job.publishedAt() : job.createdAt()).toString());
		Instant validThrough = validThrough(job);
		if (validThrough != null) {
			posting.put("validThrough", validThrough.toString());
		}
		posting.put("employmentType", employmentType(job.jobType()));
		CompanySummary company = job.company();
		if (company != null) {
			posting.put("hiringOrganization", node("Organization", "name", company.name()));
		}
		posting.put("identifier", node("PropertyValue", "name", (company != null) ? company.name() : "Openhire",
				"value", job.id().toString()));
		posting.put("url", links.page(job.id()));
		posting.put("directApply", true);
		JobDetails.Location location = job.location();
		if (job.remoteOption() == RemoteOption.REMOTE) {
			posting.put("jobLocationType", "TELECOMMUTE");
			if (location != null && location.country() != null) {
				posting.put("applicantLocationRequirements", node("Country", "name", location.country()));
			}
		}
		else if (location != null) {
			posting.put("jobLocation",
					node("Place", "address",
							node("PostalAddress", "streetAddress", location.address(), "addressLocality",
									location.city(), "addressRegion", location.region(), "postalCode",
									location.postalCode(), "addressCountry", location.country())));
		}
		if (job.salaryCurrency() != null && (job.salaryMin() != null || job.salaryMax() != null)) {
			posting.put("baseSalary",
					node("MonetaryAmount", "currency", job.salaryCurrency(), "value",
							node("QuantitativeValue", "minValue", job.salaryMin(), "maxValue", job.salaryMax(),
									"unitText", unitText(job.salaryPeriod()))));
		}
		if (!job.skills().isEmpty()) {
			posting.put("skills", job.skills().stream().map((skill) -> skill.skill().name()).toList());
		}
		if (job.category() != null) {
			posting.put("occupationalCategory", job.category().name());
		}
		if (job.minExperienceYears() != null) {
			posting.put("experienceRequirements",
					node("OccupationalExperienceRequirements", "monthsOfExperience", job.minExperienceYears() * 12));
		}
		posting.put("totalJobOpenings", job.openings());
		return posting;
	}

	/** The earlier of the expiry and the application deadline. */
	private static @Nullable Instant validThrough(JobView job) {
		Instant expires = job.expiresAt();
		Instant deadline = job.applicationDeadline();
		if (expires == null || deadline == null) {
			return (expires != null) ? expires : deadline;
		}
		return expires.isBefore(deadline) ? expires : deadline;
	}

	static String employmentType(JobType type) {
		return switch (type) {
			case FULL_TIME -> "FULL_TIME";
			case PART_TIME -> "PART_TIME";
			case CONTRACT, FREELANCE -> "CONTRACTOR";
			case TEMPORARY -> "TEMPORARY";
			case INTERNSHIP -> "INTERN";
		};
	}

	static String unitText(@Nullable SalaryPeriod period) {
		if (period == null) {
			return "YEAR";
		}
		return switch (period) {
			case HOURLY -> "HOUR";
			case DAILY -> "DAY";
			case MONTHLY -> "MONTH";
			case YEARLY -> "YEAR";
		};
	}

	/** A typed node with the given name/value pairs; null values are left out. */
	private static Map<String, Object> node(String type, @Nullable Object... pairs) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@type", type);
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				node.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return node;
	}

}
