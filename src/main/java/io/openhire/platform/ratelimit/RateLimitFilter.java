package io.openhire.platform.ratelimit;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.openhire.platform.web.ProblemCodes;
import io.openhire.platform.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spends one token of the caller's bucket on every API request and reports the budget in
 * {@code X-RateLimit-Limit}, {@code -Remaining} and {@code -Reset} (seconds until the
 * bucket is full again). An empty bucket answers 429 {@code rate_limited} with
 * {@code Retry-After}. Runs after authentication, so signed-in callers are limited per
 * user. If the bucket store (Redis) fails, requests pass: rate limiting must not take the
 * API down.
 */
@Component
class RateLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

	private static final String API_PATHS = "/api/v1/";

	private final RateLimitSettings settings;

	private final ProxyManager<String> buckets;

	private final ProblemResponses problems;

	private final Map<RateLimitClass, BucketConfiguration> configurations = new EnumMap<>(RateLimitClass.class);

	RateLimitFilter(RateLimitSettings settings, ProxyManager<String> buckets, ProblemResponses problems) {
		this.settings = settings;
		this.buckets = buckets;
		this.problems = problems;
		for (RateLimitClass limitClass : RateLimitClass.values()) {
			int perMinute = settings.perMinute(limitClass);
			configurations.put(limitClass,
					BucketConfiguration.builder()
						.addLimit((limit) -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
						.build());
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !settings.enabled() || !request.getRequestURI().startsWith(API_PATHS)
				|| "OPTIONS".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		RateLimitClass limitClass = RateLimitClass.of(request, authentication);
		ConsumptionProbe probe = consume(limitClass.key(request, authentication), limitClass);
		if (probe == null) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader("X-RateLimit-Limit", String.valueOf(settings.perMinute(limitClass)));
		response.setHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
		response.setHeader("X-RateLimit-Reset", String.valueOf(seconds(probe.getNanosToWaitForReset())));
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
		ProblemDetail problem = ProblemCodes.problem(HttpStatus.TOO_MANY_REQUESTS,
				"Too many requests. Try again in " + retryAfter + " seconds.");
		problems.write(request, response, problem);
	}

	private @Nullable ConsumptionProbe consume(String key, RateLimitClass limitClass) {
		try {
			return buckets.getProxy(key, () -> configurations.get(limitClass)).tryConsumeAndReturnRemaining(1);
		}
		catch (RuntimeException ex) {
			log.warn("Rate limit store unavailable, letting the request through: {}", ex.toString());
			return null;
		}
	}

	private static long seconds(long nanos) {
		return (nanos + 999_999_999L) / 1_000_000_000L;
	}

}
