package io.openhire.catalog;

import java.io.Serializable;
import java.util.List;

import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;

/**
 * One page of a catalog list as cached: the total and the results, without the links
 * (which depend on the request's URL).
 */
record ListPage<T extends Serializable>(long count, List<T> results) implements Serializable {

	ListPage {
		results = List.copyOf(results);
	}

	PageResponse<T> response(PageQuery page) {
		return PageResponse.of(page, count, results);
	}

}
