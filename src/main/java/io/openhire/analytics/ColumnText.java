package io.openhire.analytics;

import org.jspecify.annotations.Nullable;

/**
 * Text made fit for a {@code varchar} column: cut to the column's length (never in the
 * middle of a surrogate pair) and without NUL characters, which PostgreSQL refuses in
 * text.
 */
final class ColumnText {

	private ColumnText() {
	}

	static String fit(String text, int length) {
		String clean = text.replace('\u0000', '\uFFFD');
		if (clean.length() <= length) {
			return clean;
		}
		int end = Character.isHighSurrogate(clean.charAt(length - 1)) ? length - 1 : length;
		return clean.substring(0, end);
	}

	static @Nullable String fitNullable(@Nullable String text, int length) {
		return (text != null) ? fit(text, length) : null;
	}

}
