package io.openhire.jobs;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Importing and exporting jobs as CSV or JSON ({@code /jobs/import},
 * {@code /jobs/export}).
 */
@RestController
@Tag(name = "Jobs")
@PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
class JobTransferController {

	private final JobImport imports;

	private final JobExport exports;

	private final JsonMapper json;

	JobTransferController(JobImport imports, JobExport exports, JsonMapper json) {
		this.imports = imports;
		this.exports = exports;
		this.json = json;
	}

	@PostMapping(path = "/api/v1/jobs/import", consumes = "text/csv")
	@Operation(summary = "Create draft jobs for a company from CSV (header row, JobTable columns); each row "
			+ "all-or-nothing, checked like POST /jobs; at most 1000 rows")
	JobImport.Report importCsv(@RequestParam("company_id") UUID companyId, @RequestBody String csv) {
		return imports.importCsv(CurrentUser.get(), companyId, csv);
	}

	@PostMapping(path = "/api/v1/jobs/import", consumes = "application/json")
	@Operation(summary = "Create draft jobs for a company from a JSON array of POST /jobs bodies; each row "
			+ "all-or-nothing; at most 1000 rows")
	JobImport.Report importJson(@RequestParam("company_id") UUID companyId, @RequestBody JsonNode jobs) {
		return imports.importJson(CurrentUser.get(), companyId, jobs);
	}

	@GetMapping("/api/v1/jobs/export")
	@Operation(summary = "Jobs of your companies (admins: all), but archived ones, as CSV or JSON in the import's "
			+ "fields")
	void export(@RequestParam(defaultValue = "json") String format,
			@RequestParam(name = "company_id", required = false) @Nullable UUID companyId, HttpServletResponse response)
			throws IOException {
		boolean csv = switch (format) {
			case "csv" -> true;
			case "json" -> false;
			default -> throw ApiProblem.invalid("format", "Must be csv or json.");
		};
		Set<UUID> scope = exports.scope(CurrentUser.get(), companyId);
		response.setContentType(csv ? "text/csv;charset=UTF-8" : "application/json");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"jobs." + (csv ? "csv" : "json") + "\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		if (csv) {
			CSVPrinter printer = new CSVPrinter(out,
					CSVFormat.DEFAULT.builder().setHeader(JobTable.COLUMNS.toArray(String[]::new)).get());
			exports.each(scope, (page) -> page.forEach((job) -> print(printer, job)));
			printer.flush();
		}
		else {
			out.write('[');
			boolean[] first = { true };
			exports.each(scope, (page) -> page.forEach((job) -> {
				write(out, first[0] ? "" : ",");
				first[0] = false;
				write(out, json.writeValueAsString(job.details()));
			}));
			out.write(']');
		}
		out.flush();
	}

	private static void print(CSVPrinter printer, JobExport.Exported job) {
		try {
			printer.printRecord(JobTable.row(job.details(), job.view()));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void write(Writer out, String text) {
		try {
			out.write(text);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
