package io.openhire.platform.idempotency;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Wraps {@code POST /api/v1/**} requests that carry an {@code Idempotency-Key}: the body
 * is kept in memory to be hashed, the response is captured to be stored. Whether the
 * endpoint runs at all is decided later, by {@link IdempotencyInterceptor}, so that the
 * filters after this one (the rate limit) still see and count replays. After the request
 * the claim is kept with the response, or released.
 * <p>
 * Runs after Spring Security (order -100) so the caller is known, before the rate limit
 * (lowest precedence), whose 429 is then captured like any other answer (and not stored).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

	private static final String API_PATHS = "/api/v1/";

	/** Sign-in answers carry tokens, which must not be stored a second time. */
	private static final String AUTH_PATHS = "/api/v1/auth/";

	private final IdempotencyRecords records;

	IdempotencyFilter(IdempotencyRecords records) {
		this.records = records;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !"POST".equals(request.getMethod()) || !path.startsWith(API_PATHS) || path.startsWith(AUTH_PATHS)
				|| request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// multipart bodies are parsed by the container from the original stream; they are
		// hashed part by part instead
		HttpServletRequest wrapped = isMultipart(request) ? request : new CachedBodyRequest(request);
		IdempotentExchange exchange = new IdempotentExchange(request.getHeader(HEADER),
				(wrapped instanceof CachedBodyRequest cached) ? cached : null);
		request.setAttribute(IdempotentExchange.ATTRIBUTE, exchange);
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(wrapped, captured);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			exchange.claim().ifPresent(this::release);
			throw ex;
		}
		exchange.claim().ifPresent((claim) -> finish(claim, captured));
		captured.copyBodyToResponse();
	}

	private void finish(UUID claim, ContentCachingResponseWrapper captured) {
		int status = captured.getStatus();
		if (!StoredResponse.isKept(status)) {
			release(claim);
			return;
		}
		try {
			records.complete(claim, new StoredResponse(status, captured.getContentType(),
					captured.getHeader(HttpHeaders.LOCATION), captured.getContentAsByteArray()));
		}
		catch (RuntimeException ex) {
			// the answer stands; a retry runs again rather than waiting for the claim
			log.warn("Could not store the response of an idempotent request: {}", ex.toString());
			release(claim);
		}
	}

	private void release(UUID claim) {
		try {
			records.release(claim);
		}
		catch (RuntimeException ex) {
			log.warn("Could not release an idempotency claim, it lapses in {}: {}", IdempotencyRecords.ABANDONED_AFTER,
					ex.toString());
		}
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null && contentType.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

}
