package io.openhire.platform.web;

import java.io.IOException;
import java.util.regex.Pattern;

import io.openhire.shared.Ids;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token,
 * else a new one. The id is sent back on the response and put in the logging context, so
 * every log line of the request carries it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "request_id";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = requestId(request);
		request.setAttribute(MDC_KEY, requestId);
		response.setHeader(HEADER, requestId);
		MDC.put(MDC_KEY, requestId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	private static String requestId(HttpServletRequest request) {
		if (request.getAttribute(MDC_KEY) instanceof String earlier) {
			return earlier;
		}
		String given = request.getHeader(HEADER);
		return (given != null && SANE.matcher(given).matches()) ? given : Ids.newId().toString();
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
