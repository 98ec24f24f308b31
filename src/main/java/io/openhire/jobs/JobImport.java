package io.openhire.jobs;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.openhire.companies.CompanyDirectory;
import io.openhire.companies.CompanySummary;
import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.MergePatch;
import jakarta.persistence.PersistenceException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;

/**
 * {@code POST /jobs/import}: many jobs for one company from CSV ({@link JobTable}) or a
 * JSON array, each row checked exactly as {@code POST /jobs} checks a body (bean
 * validation, then {@link JobRules}), so a row is created whole or not at all and a bad
 * row never stops the others.
 * <p>
 * Rows are written {@value #CHUNK} to a transaction ({@link ImportedDrafts}): a row that
 * fails the checks is reported and left out before anything is written. Should the
 * database refuse a chunk, its rows are created again one by one, each in a transaction
 * of its own ({@link JobService#create}), so the report stays per row.
 */
@Service
class JobImport {

	private static final Logger log = LoggerFactory.getLogger(JobImport.class);

	static final int MAX_ROWS = 1000;

	/** Rows written in one transaction. */
	static final int CHUNK = 100;

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

	private final ImportedDrafts drafts;

	JobImport(JobService jobs, CompanyDirectory companies, MergePatch bodies, JsonMapper json, ImportedDrafts drafts) {
		this.drafts = drafts;
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
		CompanySummary company = companies.find(companyId)
			.orElseThrow(() -> ApiProblem.invalid("company_id", "No such company."));
		Map<Integer, UUID> created = new TreeMap<>();
		Map<Integer, Failure> failed = new TreeMap<>();
		List<Integer> chunkRows = new ArrayList<>();
		List<JobDetails> chunk = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			int row = i + 1;
			try {
				chunk.add(details(rows.get(i), companyId));
				chunkRows.add(row);
			}
			catch (ApiProblem problem) {
				failed.put(row, new Failure(row, errors(problem)));
			}
			if (chunk.size() == CHUNK || (i == rows.size() - 1 && !chunk.isEmpty())) {
				write(caller, company, chunkRows, chunk, created, failed);
				chunkRows.clear();
				chunk.clear();
			}
		}
		List<Created> jobs = created.entrySet().stream().map((e) -> new Created(e.getKey(), e.getValue())).toList();
		return new Report(jobs.size(), jobs, List.copyOf(failed.values()));
	}

	private void write(CurrentUser caller, CompanySummary company, List<Integer> rows, List<JobDetails> chunk,
			Map<Integer, UUID> created, Map<Integer, Failure> failed) {
		List<ImportedDrafts.Outcome> outcomes;
		try {
			outcomes = drafts.create(caller, company, chunk);
		}
		catch (DataAccessException | TransactionException | PersistenceException ex) {
			log.info("An import chunk of {} rows failed ({}); creating its rows one by one", chunk.size(),
					ex.getMessage());
			for (int i = 0; i < chunk.size(); i++) {
				try {
					created.put(rows.get(i), jobs.create(caller, chunk.get(i)).id());
				}
				catch (ApiProblem problem) {
					failed.put(rows.get(i), new Failure(rows.get(i), errors(problem)));
				}
			}
			return;
		}
		for (int i = 0; i < outcomes.size(); i++) {
			ImportedDrafts.Outcome outcome = outcomes.get(i);
			if (outcome.id() != null) {
				created.put(rows.get(i), outcome.id());
			}
			else if (outcome.problem() != null) {
				failed.put(rows.get(i), new Failure(rows.get(i), errors(outcome.problem())));
			}
		}
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
