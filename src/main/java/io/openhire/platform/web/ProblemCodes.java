package io.openhire.platform.web;

import java.util.Map;

import io.openhire.shared.ApiProblem;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The stable {@code code} of problems that the framework raises by status alone; problems
 * a module raises carry their own.
 */
public final class ProblemCodes {

	private static final Map<Integer, String> BY_STATUS = Map.ofEntries(Map.entry(400, "bad_request"),
			Map.entry(401, "unauthorized"), Map.entry(403, "forbidden"), Map.entry(404, "not_found"),
			Map.entry(405, "method_not_allowed"), Map.entry(406, "not_acceptable"), Map.entry(409, "conflict"),
			Map.entry(413, "payload_too_large"), Map.entry(415, "unsupported_media_type"),
			Map.entry(429, "rate_limited"), Map.entry(500, "internal_error"), Map.entry(503, "unavailable"));

	private ProblemCodes() {
	}

	public static String forStatus(HttpStatusCode status) {
		String code = BY_STATUS.get(status.value());
		if (code != null) {
			return code;
		}
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.name().toLowerCase()
				: (status.is5xxServerError() ? "server_error" : "client_error");
	}

	/** A problem for {@code status} with its default code. */
	public static ProblemDetail problem(HttpStatusCode status, String detail) {
		return ApiProblem.problem(status, forStatus(status), detail);
	}

	/** Gives {@code problem} the default code of its status unless it has one. */
	public static void ensureCode(ProblemDetail problem) {
		if (problem.getProperties() == null || !problem.getProperties().containsKey(ApiProblem.CODE)) {
			String code = forStatus(HttpStatusCode.valueOf(problem.getStatus()));
			problem.setProperty(ApiProblem.CODE, code);
			problem.setType(ApiProblem.type(code));
		}
	}

}
