package io.openhire.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.openhire.shared.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders every error that reaches Spring MVC as problem+json with a stable {@code code}:
 * the framework's own (404, 405, 415, malformed JSON, validation, ...), the modules'
 * {@link ApiProblem}s, and anything unexpected as a 500 that reveals nothing inside.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			ProblemCodes.ensureCode(problem);
		}
		return response;
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = unreadableBody(ex);
		return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			add(errors, FieldNames.toJson(error.getField()), error);
		}
		ex.getBindingResult().getGlobalErrors().forEach((error) -> add(errors, "non_field_errors", error));
		return validationFailed(ex, errors, headers, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = FieldNames.toJson(result.getMethodParameter().getParameterName());
			result.getResolvableErrors().forEach((error) -> add(errors, name, error));
		});
		return validationFailed(ex, errors, headers, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		return validationFailed(ex, Map.of(ex.getParameterName(), List.of("This parameter is required.")), headers,
				request);
	}

	@ExceptionHandler
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		Class<?> type = ex.getRequiredType();
		String expected = (type != null) ? "Expected a value of type " + type.getSimpleName() + "." : "Invalid value.";
		return validationFailed(ex, Map.of(ex.getName(), List.of(expected)), new HttpHeaders(), request);
	}

	/** Method security refusals: 401 for anonymous callers, 403 otherwise. */
	@ExceptionHandler
	ResponseEntity<Object> accessDenied(AccessDeniedException ex, WebRequest request) {
		boolean anonymous = request.getUserPrincipal() == null;
		HttpStatus status = anonymous ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
		HttpHeaders headers = new HttpHeaders();
		if (anonymous) {
			headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		String detail = anonymous ? "Sign in to do this." : "You may not do this.";
		return handleExceptionInternal(ex, ProblemCodes.problem(status, detail), headers, status, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> authentication(AuthenticationException ex, WebRequest request) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return handleExceptionInternal(ex, ProblemCodes.problem(HttpStatus.UNAUTHORIZED, "Sign in to do this."),
				headers, HttpStatus.UNAUTHORIZED, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> bodyTooLarge(BodyTooLargeException ex, WebRequest request) {
		return handleExceptionInternal(ex, ProblemCodes.problem(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage()),
				new HttpHeaders(), HttpStatus.CONTENT_TOO_LARGE, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected failure of {}", request.getDescription(false), ex);
		ProblemDetail problem = ProblemCodes.problem(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Quote the X-Request-Id header when you report it.");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	private @Nullable ResponseEntity<Object> validationFailed(Exception ex, Map<String, List<String>> errors,
			HttpHeaders headers, WebRequest request) {
		ApiProblem problem = ApiProblem.invalid(errors);
		return handleExceptionInternal(ex, problem.getBody(), headers, HttpStatus.BAD_REQUEST, request);
	}

	private static ProblemDetail unreadableBody(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (findCause(ex, BodyTooLargeException.class) instanceof BodyTooLargeException tooLarge) {
			return ProblemCodes.problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
		}
		if (cause instanceof UnrecognizedPropertyException unknown) {
			ApiProblem problem = new ApiProblem(HttpStatus.BAD_REQUEST, "unknown_field",
					"The request has a field this endpoint does not take: " + unknown.getPropertyName() + ".");
			problem.getBody()
				.setProperty(ApiProblem.ERRORS, Map.of(FieldNames.jsonPath(unknown), List.of("Unknown field.")));
			return problem.getBody();
		}
		if (cause instanceof DatabindException mismatch && !mismatch.getPath().isEmpty()) {
			return ApiProblem.invalid(FieldNames.jsonPath(mismatch), "Invalid value for this field.").getBody();
		}
		String detail = (cause instanceof JacksonException) ? "The request body is not valid JSON."
				: "The request body is missing or unreadable.";
		return new ApiProblem(HttpStatus.BAD_REQUEST, "malformed_json", detail).getBody();
	}

	private static void add(Map<String, List<String>> errors, String field, MessageSourceResolvable error) {
		String message = (error.getDefaultMessage() != null) ? error.getDefaultMessage() : "Invalid value.";
		errors.computeIfAbsent(field, (key) -> new java.util.ArrayList<>()).add(message);
	}

	private static @Nullable Throwable findCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return current;
			}
		}
		return null;
	}

}
