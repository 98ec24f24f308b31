package io.openhire.platform.web;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.CursorQuery;
import io.openhire.shared.PageQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Binds {@link PageQuery} from {@code ?page=&page_size=} and {@link CursorQuery} from
 * {@code ?cursor=&page_size=} (null when the request has no {@code cursor} parameter, so
 * a list endpoint marked <em>cursor</em> takes both and uses the one the client chose).
 */
class PaginationArguments implements HandlerMethodArgumentResolver {

	static final String PAGE = "page";

	static final String PAGE_SIZE = "page_size";

	static final String CURSOR = "cursor";

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type == PageQuery.class || type == CursorQuery.class;
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		int pageSize = number(request, PAGE_SIZE, PageQuery.DEFAULT_PAGE_SIZE);
		if (parameter.getParameterType() == PageQuery.class) {
			return new PageQuery(number(request, PAGE, 1), pageSize);
		}
		String cursor = request.getParameter(CURSOR);
		return (cursor != null) ? CursorQuery.parse(cursor, pageSize) : null;
	}

	private static int number(NativeWebRequest request, String name, int fallback) {
		String value = request.getParameter(name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw ApiProblem.invalid(name, "Must be a whole number.");
		}
	}

}
