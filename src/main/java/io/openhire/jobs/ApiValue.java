package io.openhire.jobs;

import io.openhire.shared.ApiEnums;
import org.jspecify.annotations.Nullable;

/** An enum as the API spells it: lower snake_case. */
interface ApiValue {

	String value();

	/**
	 * The constant named by a query parameter, {@code null} when blank, or a 400 naming
	 * the parameter.
	 */
	static <E extends Enum<E> & ApiValue> @Nullable E parameter(Class<E> type, String name, @Nullable String value) {
		return ApiEnums.parameter(type, name, value);
	}

}
