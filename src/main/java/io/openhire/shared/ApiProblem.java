package io.openhire.shared;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error answered as {@code application/problem+json} with a stable machine-readable
 * {@code code}. Modules throw it (or a subclass) where they decide that a request fails;
 * the platform renders it.
 */
public class ApiProblem extends ErrorResponseException {

	public static final String CODE = "code";

	public static final String ERRORS = "errors";

	static final String TYPE_PREFIX = "urn:openhire:problem:";

	public ApiProblem(HttpStatusCode status, String code, String detail) {
		super(status, problem(status, code, detail), null);
	}

	public String code() {
		Map<String, Object> properties = getBody().getProperties();
		return properties == null ? "" : String.valueOf(properties.get(CODE));
	}

	public static ApiProblem notFound(String detail) {
		return new ApiProblem(HttpStatus.NOT_FOUND, "not_found", detail);
	}

	public static ApiProblem conflict(String code, String detail) {
		return new ApiProblem(HttpStatus.CONFLICT, code, detail);
	}

	public static ApiProblem forbidden(String code, String detail) {
		return new ApiProblem(HttpStatus.FORBIDDEN, code, detail);
	}

	public static ApiProblem badRequest(String code, String detail) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, code, detail);
	}

	/** A 400 {@code validation_failed} naming what is wrong with each field. */
	public static ApiProblem invalid(Map<String, List<String>> errors) {
		ApiProblem problem = new ApiProblem(HttpStatus.BAD_REQUEST, "validation_failed",
				"The request has invalid fields.");
		problem.getBody().setProperty(ERRORS, errors);
		return problem;
	}

	public static ApiProblem invalid(String field, String message) {
		return invalid(Map.of(field, List.of(message)));
	}

	/** The {@code type} URI of problems with {@code code}. */
	public static URI type(String code) {
		return URI.create(TYPE_PREFIX + code);
	}

	/**
	 * A problem with its {@code code} and the {@code type} URI derived from it
	 * ({@code urn:openhire:problem:not_found}); the codes are listed in the README.
	 */
	public static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(code));
		problem.setProperty(CODE, code);
		return problem;
	}

}
