package io.openhire.shared;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page of a list as API.md shapes it: the total {@code count}, absolute URLs of the
 * neighbouring pages, and the results.
 */
public record PageResponse<T>(long count, @Nullable String next, @Nullable String previous, List<T> results) {

	/** A page whose links point at the current request with other page numbers. */
	public static <T> PageResponse<T> of(PageQuery query, long count, List<T> results) {
		return of(query, count, results, ServletUriComponentsBuilder.fromCurrentRequest());
	}

	/**
	 * A page whose links are built from {@code requestUri}, an absolute URL of the list.
	 */
	public static <T> PageResponse<T> of(PageQuery query, long count, List<T> results,
			UriComponentsBuilder requestUri) {
		boolean hasNext = (long) query.page() * query.pageSize() < count;
		boolean hasPrevious = query.page() > 1;
		String next = hasNext ? link(requestUri, query.page() + 1) : null;
		String previous = hasPrevious ? link(requestUri, query.page() - 1) : null;
		return new PageResponse<>(count, next, previous, results);
	}

	public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
		return new PageResponse<>(count, next, previous, results.stream().<R>map(mapper).toList());
	}

	private static String link(UriComponentsBuilder requestUri, int page) {
		return requestUri.cloneBuilder().replaceQueryParam("page", page).build().encode().toUriString();
	}

}
