package io.openhire.search;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A page of search results (API.md "Search"): the page fields of every list, the facets
 * asked for, a did-you-mean {@code suggestion} when the words found little, and the time
 * the search took on the server.
 */
record SearchPage(long count, @Nullable String next, @Nullable String previous, List<JobHit> results,
		Map<String, List<FacetValue>> facets, @Nullable String suggestion, long tookMs) {

	/** One value of a facet and how many results have it. */
	record FacetValue(String value, String label, long count) {

	}

}
