package io.openhire.platform.idempotency;

import org.jspecify.annotations.Nullable;

/** What a replay answers: the first response's status, selected headers and body. */
record StoredResponse(int status, @Nullable String contentType, @Nullable String location, byte[] body) {

	/**
	 * Whether a response is worth keeping. 2xx: the work was done. 4xx answers that the
	 * same body would get again (400, 404, 422, ...). Not 401/403 (credentials and
	 * permissions change), 408, 409 (the conflicting state may clear), 425 and 429 (try
	 * later), and never 5xx: a retry of those must run again.
	 */
	static boolean isKept(int status) {
		if (status >= 200 && status < 300) {
			return true;
		}
		return status >= 400 && status < 500 && status != 401 && status != 403 && status != 408 && status != 409
				&& status != 425 && status != 429;
	}

}
