package io.openhire.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * A request for a cursor page: {@code ?cursor=<opaque>&page_size=20}. An empty cursor
 * asks for the first page. The cursor wraps a position (the sort key of the row next to
 * the page, chosen by the module) and a direction.
 *
 * @param position where the page starts, or {@code null} for the first page
 * @param backwards whether the page lies before {@code position} rather than after it
 * @param pageSize how many results a page holds
 */
public record CursorQuery(@Nullable String position, boolean backwards, int pageSize) {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	public CursorQuery {
		if (pageSize < 1 || pageSize > PageQuery.MAX_PAGE_SIZE) {
			throw ApiProblem.invalid("page_size", "Must be between 1 and " + PageQuery.MAX_PAGE_SIZE + ".");
		}
	}

	/** Reads a cursor as sent by a client; blank means the first page. */
	public static CursorQuery parse(@Nullable String cursor, int pageSize) {
		if (cursor == null || cursor.isBlank()) {
			return new CursorQuery(null, false, pageSize);
		}
		String decoded;
		try {
			decoded = new String(DECODER.decode(cursor.strip()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw invalidCursor();
		}
		if (decoded.length() < 3 || decoded.charAt(1) != ':' || "np".indexOf(decoded.charAt(0)) < 0) {
			throw invalidCursor();
		}
		return new CursorQuery(decoded.substring(2), decoded.charAt(0) == 'p', pageSize);
	}

	/** The opaque cursor for the page after {@code position}. */
	public static String after(String position) {
		return encode('n', position);
	}

	/** The opaque cursor for the page before {@code position}. */
	public static String before(String position) {
		return encode('p', position);
	}

	public boolean isFirstPage() {
		return position == null;
	}

	private static String encode(char direction, String position) {
		return ENCODER.encodeToString((direction + ":" + position).getBytes(StandardCharsets.UTF_8));
	}

	private static ApiProblem invalidCursor() {
		return ApiProblem.badRequest("invalid_cursor", "The cursor is not one this API gave out.");
	}

}
