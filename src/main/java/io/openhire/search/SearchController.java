package io.openhire.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Job search ({@code /api/v1/jobs/search}, API.md "Search"), suggestions, advanced search
 * and similar jobs; all public. Literal paths win over {@code /jobs/{id}} in Spring MVC,
 * so {@code /jobs/search} is never taken for a job id.
 */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Search")
class SearchController {

	private final JobSearch search;

	private final Suggestions suggestions;

	SearchController(JobSearch search, Suggestions suggestions) {
		this.search = search;
		this.suggestions = suggestions;
	}

	@GetMapping("/search")
	@Operation(summary = "Full-text, faceted and geo search over open jobs; every GET /jobs filter, "
			+ "multi-value ones comma-separated")
	SearchPage search(@ParameterObject SearchRequest request) {
		long started = System.nanoTime();
		JobQuery query = JobQuery.of(request);
		JobSearch.Found found = search.search(query);
		PageResponse<JobHit> page = PageResponse.of(query.page(), found.count(), found.hits());
		return new SearchPage(page.count(), page.next(), page.previous(), page.results(), found.facets(),
				found.suggestion(), millisSince(started));
	}

	@PostMapping("/advanced-search")
	@Operation(summary = "The same search with its parameters as a JSON body (lists for multi-value ones); "
			+ "pages are asked for with page and page_size in the body, so next and previous are null")
	SearchPage advanced(@RequestBody SearchRequest request) {
		long started = System.nanoTime();
		JobQuery query = JobQuery.of(request);
		JobSearch.Found found = search.search(query);
		return new SearchPage(found.count(), null, null, found.hits(), found.facets(), found.suggestion(),
				millisSince(started));
	}

	@GetMapping("/search/suggest")
	@Operation(summary = "Titles, skills, companies and locations of open jobs starting with q, most used first")
	Map<String, List<Suggestions.Suggestion>> suggest(@RequestParam String q,
			@RequestParam(required = false) @Nullable Integer limit) {
		if (q.length() > 100) {
			throw ApiProblem.invalid("q", "Use at most 100 characters.");
		}
		if (limit != null && (limit < 1 || limit > 20)) {
			throw ApiProblem.invalid("limit", "Must be between 1 and 20.");
		}
		return Map.of("suggestions", suggestions.suggest(q, (limit != null) ? limit : 10));
	}

	@GetMapping("/{id}/similar")
	@Operation(summary = "Up to 10 open jobs like this one (title, skills, description), few from its own company")
	PageResponse<JobHit> similar(@PathVariable UUID id) {
		List<JobHit> similar = search.similar(id).orElseThrow(() -> ApiProblem.notFound("No such job."));
		return PageResponse.of(new PageQuery(1, PageQuery.MAX_PAGE_SIZE), similar.size(), similar);
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
