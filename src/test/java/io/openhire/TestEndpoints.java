package io.openhire;

import java.util.List;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.CursorQuery;
import io.openhire.shared.CursorResponse;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that exist only in tests, to drive the platform's error handling, pagination
 * and logging the way module endpoints will.
 */
@TestComponent
@RestController
@Hidden
@RequestMapping("/api/v1/test")
public class TestEndpoints {

	private static final Logger log = LoggerFactory.getLogger(TestEndpoints.class);

	record Probe(@NotBlank @Size(max = 20) String displayName, @Min(1) @Max(10) int skillLevel,
			@Valid @Nullable Address homeAddress) {
	}

	record Address(@NotBlank String postalCode) {
	}

	@PostMapping("/probes")
	Probe create(@Valid @RequestBody Probe probe) {
		log.info("probe accepted: {}", probe.displayName());
		return probe;
	}

	@GetMapping("/probes")
	Object list(PageQuery page, @Nullable CursorQuery cursor, @RequestParam(defaultValue = "45") int total) {
		if (cursor != null) {
			String position = cursor.isFirstPage() ? "start" : cursor.position();
			return CursorResponse.of(List.of(position), position + "+1", cursor.isFirstPage() ? null : position);
		}
		List<Long> results = java.util.stream.LongStream
			.range(page.offset(), Math.min(total, page.offset() + page.pageSize()))
			.boxed()
			.toList();
		return PageResponse.of(page, total, results);
	}

	@GetMapping("/conflict")
	void conflict() {
		throw ApiProblem.conflict("already_applied", "You applied to this job already.");
	}

	@GetMapping("/failure")
	void failure() {
		throw new IllegalStateException("secret internals: jdbc:h2:/var/lib/db password=hunter2");
	}

}
