package io.openhire.shared;

/**
 * The requested page of a list: {@code ?page=1&page_size=20}. Controllers take it as a
 * parameter; the platform binds and validates it.
 *
 * @param page the 1-based page number
 * @param pageSize how many results a page holds, at most {@link #MAX_PAGE_SIZE}
 */
public record PageQuery(int page, int pageSize) {

	public static final int DEFAULT_PAGE_SIZE = 20;

	public static final int MAX_PAGE_SIZE = 100;

	public PageQuery {
		if (page < 1) {
			throw ApiProblem.invalid("page", "Must be 1 or more.");
		}
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			throw ApiProblem.invalid("page_size", "Must be between 1 and " + MAX_PAGE_SIZE + ".");
		}
	}

	public static PageQuery first() {
		return new PageQuery(1, DEFAULT_PAGE_SIZE);
	}

	public long offset() {
		return (long) (page - 1) * pageSize;
	}

}
