package io.openhire.platform.idempotency;

import java.util.regex.Pattern;

import io.openhire.platform.web.ProblemResponses;
import io.openhire.shared.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Decides, just before the endpoint, what a request with an {@code Idempotency-Key} gets:
 * the endpoint (the key is claimed), the stored response of the first request (header
 * {@code Idempotent-Replayed: true}), 409 {@code idempotency_in_progress} while the first
 * runs, or 422 {@code idempotency_key_reused} when the body differs.
 */
class IdempotencyInterceptor implements HandlerInterceptor {

	static final String REPLAYED = "Idempotent-Replayed";

	/** 1 to 255 visible ASCII characters. */
	private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	private final IdempotencyRecords records;

	private final ProblemResponses problems;

	IdempotencyInterceptor(IdempotencyRecords records, ProblemResponses problems) {
		this.records = records;
		this.problems = problems;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		IdempotentExchange exchange = IdempotentExchange.of(request);
		if (exchange == null || !exchange.decide()) {
			return true;
		}
		if (!VALID_KEY.matcher(exchange.key()).matches()) {
			problems.write(request, response,
					ApiProblem.invalid(IdempotencyFilter.HEADER, "Must be 1 to 255 visible ASCII characters.")
						.getBody());
			return false;
		}
		IdempotencyScope scope = new IdempotencyScope(caller(request), request.getMethod(), request.getRequestURI(),
				exchange.key());
		Claim claim = records.claim(scope, exchange.bodyHash(request));
		switch (claim) {
			case Claim.Claimed claimed -> {
				exchange.claimed(claimed.id());
				return true;
			}
			case Claim.Replay replay -> replay(replay.response(), response);
			case Claim.InProgress inProgress -> {
				response.setHeader(HttpHeaders.RETRY_AFTER, "1");
				problems.write(request, response, ApiProblem.problem(HttpStatus.CONFLICT, "idempotency_in_progress",
						"A request with this Idempotency-Key is still running. Try again in a moment."));
			}
			case Claim.Reused reused ->
				problems.write(request, response, ApiProblem.problem(HttpStatus.UNPROCESSABLE_CONTENT,
						"idempotency_key_reused", "This Idempotency-Key was used with a different request body."));
		}
		return false;
	}

	private static void replay(StoredResponse stored, HttpServletResponse response) throws java.io.IOException {
		response.setStatus(stored.status());
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		if (stored.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, stored.location());
		}
		response.setHeader(REPLAYED, "true");
		response.getOutputStream().write(stored.body());
	}

	/** The user when signed in, else the client's address. */
	private static String caller(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		return signedIn ? "user:" + name(authentication) : "ip:" + request.getRemoteAddr();
	}

	private static String name(@Nullable Authentication authentication) {
		return (authentication != null) ? authentication.getName() : "";
	}

}
