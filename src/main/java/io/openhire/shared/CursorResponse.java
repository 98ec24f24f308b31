package io.openhire.shared;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A cursor page as API.md shapes it: absolute URLs carrying the neighbouring cursors, and
 * the results; no total count.
 */
public record CursorResponse<T>(@Nullable String next, @Nullable String previous, List<T> results) {

	/**
	 * A page whose links point at the current request with other cursors.
	 * @param nextPosition position of the last result when more follow, else {@code null}
	 * @param previousPosition position of the first result when some precede, else
	 * {@code null}
	 */
	public static <T> CursorResponse<T> of(List<T> results, @Nullable String nextPosition,
			@Nullable String previousPosition) {
		return of(results, nextPosition, previousPosition, ServletUriComponentsBuilder.fromCurrentRequest());
	}

	public static <T> CursorResponse<T> of(List<T> results, @Nullable String nextPosition,
			@Nullable String previousPosition, UriComponentsBuilder requestUri) {
		String next = (nextPosition != null) ? link(requestUri, CursorQuery.after(nextPosition)) : null;
		String previous = (previousPosition != null) ? link(requestUri, CursorQuery.before(previousPosition)) : null;
		return new CursorResponse<>(next, previous, results);
	}

	public <R> CursorResponse<R> map(Function<? super T, ? extends R> mapper) {
		return new CursorResponse<>(next, previous, results.stream().<R>map(mapper).toList());
	}

	private static String link(UriComponentsBuilder requestUri, String cursor) {
		return requestUri.cloneBuilder()
			.replaceQueryParam("page")
			.replaceQueryParam("cursor", cursor)
			.build()
			.encode()
			.toUriString();
	}

}
