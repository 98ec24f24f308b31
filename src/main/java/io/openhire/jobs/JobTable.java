package io.openhire.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CSV form of jobs, the same for import and export so that an export imports again:
 * one column per field of POST /jobs, {@code location} spread over its own columns,
 * {@code skills} (names) and {@code qualifications} joined by {@code ;}. Questions are
 * not in the CSV form (use JSON for them).
 */
final class JobTable {

	static final List<String> COLUMNS = List.of("company_id", "category_id", "title", "description", "requirements",
			"responsibilities", "benefits", "address", "city", "region", "postal_code", "country", "latitude",
			"longitude", "remote_option", "job_type", "experience_level", "min_experience_years", "salary_min",
			"salary_max", "salary_currency", "salary_period", "skills", "qualifications", "openings", "assessment_id",
			"application_deadline", "expires_at");

	private static final List<String> LOCATION = List.of("address", "city", "region", "postal_code", "country",
			"latitude", "longitude");

	private static final List<String> LISTS = List.of("skills", "qualifications");

	private JobTable() {
	}

	/**
	 * A CSV row as the JSON object POST /jobs takes; blank cells are left out, numbers
	 * stay text for the JSON reader to convert (and refuse).
	 */
	static ObjectNode toJson(List<String> header, List<String> cells) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		ObjectNode job = nodes.objectNode();
		ObjectNode location = nodes.objectNode();
		for (int i = 0; i < header.size() && i < cells.size(); i++) {
			String column = header.get(i).strip();
			String cell = cells.get(i);
			if (cell == null || cell.isBlank()) {
				continue;
			}
			if (LOCATION.contains(column)) {
				location.put(column, cell.strip());
			}
			else if (LISTS.contains(column)) {
				ArrayNode items = job.putArray(column);
				for (String item : cell.split(";")) {
					if (!item.isBlank()) {
						if (column.equals("skills")) {
							items.addObject().put("name", item.strip());
						}
						else {
							items.add(item.strip());
						}
					}
				}
			}
			else {
				job.put(column, cell.strip());
			}
		}
		if (!location.isEmpty()) {
			job.set("location", location);
		}
		return job;
	}

	/** A job's cells in {@link #COLUMNS} order. */
	static List<@Nullable String> row(JobDetails details, JobView view) {
		JobDetails.Location location = details.location();
		return Arrays.asList(string(details.companyId()), string(details.categoryId()), details.title(),
				details.description(), details.requirements(), details.responsibilities(), details.benefits(),
				(location != null) ? location.address() : null, (location != null) ? location.city() : null,
				(location != null) ? location.region() : null, (location != null) ? location.postalCode() : null,
				(location != null) ? location.country() : null, (location != null) ? string(location.latitude()) : null,
				(location != null) ? string(location.longitude()) : null, details.remoteOption().value(),
				details.jobType().value(), details.experienceLevel().value(), string(details.minExperienceYears()),
				string(details.salaryMin()), string(details.salaryMax()), details.salaryCurrency(),
				(details.salaryPeriod() != null) ? details.salaryPeriod().value() : null,
				view.skills().stream().map((skill) -> skill.skill().name()).collect(Collectors.joining(";")),
				String.join(";", (details.qualifications() != null) ? details.qualifications() : List.of()),
				string(details.openings()), string(details.assessmentId()), string(details.applicationDeadline()),
				string(details.expiresAt()));
	}

	private static @Nullable String string(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

}
