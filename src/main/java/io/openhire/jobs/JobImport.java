package io.openhire.jobs;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.openhire.companies.CompanyDirectory;
import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.MergePatch;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * {@code POST /jobs/import}: many jobs for one company from CSV ({@link JobTable}) or a
 * JSON array, each row checked exactly as {@code POST /jobs} checks a body (bean
 * validation, then {@link JobService#create} in a transaction of its own), so a row is
 * created whole or not at all and a bad row never stops the others.
 */
@Service
class JobImport {

	static final int MAX_ROWS = 1000;

	/** The answer: how many were created (and which), and why the others were not. */
	record Report(int created, List<Created> jobs, List<Failure> failed) {

	}

	record Created(int row, UUID id) {

	}

	record Failure(int row, Map<String, List<String>> errors) {

	}

	private final JobService jobs;

	private final CompanyDirectory companies;

	private final MergePatch bodies;

	private final JsonMapper json;

	JobImport(JobService jobs, CompanyDirectory companies, MergePatch bodies, JsonMapper json) {
		this.jobs = jobs;
		this.companies = companies;
		this.bodies = bodies;
		this.json = json;
	}

	Report importCsv(CurrentUser caller, UUID companyId, String csv) {
		requireMember(caller, companyId);
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(false).get();
		List<ObjectNode> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
			List<String> header = parser.getHeaderNames();
			for (CSVRecord record : parser) {
				if (rows.size() == MAX_ROWS) {
					throw tooMany();
				}
				rows.add(JobTable.toJson(header, record.toList()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw ApiProblem.badRequest("malformed_csv", "The CSV cannot be read: " + ex.getMessage());
		}
		return create(caller, companyId, rows);
	}

	Report importJson(CurrentUser caller, UUID companyId, JsonNode body) {
		requireMember(caller, companyId);
		if (!body.isArray()) {
			throw ApiProblem.badRequest("malformed_json", "An import is a JSON array of jobs.");
		}
		if (body.size() > MAX_ROWS) {
			throw tooMany();
		}
		List<ObjectNode> rows = new ArrayList<>();
		for (JsonNode row : body) {
			rows.add((row instanceof ObjectNode object) ? object : null);
		}
		return create(caller, companyId, rows);
	}

	private Report create(CurrentUser caller, UUID companyId, List<ObjectNode> rows) {
		List<Created> created = new ArrayList<>();
		List<Failure> failed = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			int row = i + 1;
			try {
				UUID id = jobs.create(caller, details(rows.get(i), companyId)).id();
				created.add(new Created(row, id));
			}
			catch (ApiProblem problem) {
				failed.add(new Failure(row, errors(problem)));
			}
		}
		return new Report(created.size(), created, failed);
	}

	/**
	 * The row as POST /jobs would bind and validate it; company_id defaults to the
	 * import's.
	 */
	private JobDetails details(ObjectNode row, UUID companyId) {
		if (row == null) {
			throw ApiProblem.badRequest("malformed_json", "Each job is a JSON object.");
		}
		JsonNode company = row.get("company_id");
		if (company == null || company.isNull()) {
			row.put("company_id", companyId.toString());
		}
		else if (!companyId.toString().equalsIgnoreCase(company.asString())) {
			throw ApiProblem.invalid("company_id", "Must be the company of the import (" + companyId + ").");
		}
		JobDetails details;
		try {
			details = json.treeToValue(row, JobDetails.class);
		}
		catch (UnrecognizedPropertyException ex) {
			throw ApiProblem.invalid(ex.getPropertyName(), "Unknown field.");
		}
		catch (DatabindException ex) {
			throw ApiProblem.invalid(path(ex), "Invalid value for this field.");
		}
		catch (JacksonException ex) {
			throw ApiProblem.badRequest("malformed_json", "The job cannot be read.");
		}
		bodies.validate(details);
		return details;
	}

	private void requireMember(CurrentUser caller, UUID companyId) {
		if (companies.find(companyId).isEmpty()) {
			throw ApiProblem.invalid("company_id", "No such company.");
		}
		if (!caller.isAdmin() && !companies.isMember(companyId, caller.id())) {
			throw ApiProblem.forbidden("forbidden", "Only members of the company and admins may import its jobs.");
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, List<String>> errors(ApiProblem problem) {
		Map<String, Object> properties = problem.getBody().getProperties();
		Object errors = (properties != null) ? properties.get(ApiProblem.ERRORS) : null;
		if (errors instanceof Map<?, ?> map) {
			return new LinkedHashMap<>((Map<String, List<String>>) map);
		}
		String detail = (problem.getBody().getDetail() != null) ? problem.getBody().getDetail() : problem.code();
		return Map.of("row", List.of(detail));
	}

	private static String path(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "row" : path.toString();
	}

	private static ApiProblem tooMany() {
		return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "too_many_rows",
				"An import holds at most " + MAX_ROWS + " jobs.");
	}

}
