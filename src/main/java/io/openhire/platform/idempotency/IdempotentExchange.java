package io.openhire.platform.idempotency;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.jspecify.annotations.Nullable;

/**
 * One request with an {@code Idempotency-Key}, handed from the filter (which wraps it) to
 * the interceptor (which decides) and back (which keeps or releases the claim).
 */
final class IdempotentExchange {

	static final String ATTRIBUTE = IdempotentExchange.class.getName();

	private final String key;

	private final @Nullable CachedBodyRequest cachedBody;

	private boolean decided;

	private @Nullable UUID claim;

	IdempotentExchange(String key, @Nullable CachedBodyRequest cachedBody) {
		this.key = key;
		this.cachedBody = cachedBody;
	}

	static @Nullable IdempotentExchange of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof IdempotentExchange exchange) ? exchange : null;
	}

	String key() {
		return key;
	}

	/** Marks the exchange decided; false when it was already (a second dispatch). */
	boolean decide() {
		boolean first = !decided;
		decided = true;
		return first;
	}

	void claimed(UUID id) {
		claim = id;
	}

	Optional<UUID> claim() {
		return Optional.ofNullable(claim);
	}

	/**
	 * SHA-256 of the body; of a multipart body, of its parts (names, file names, types
	 * and content), which MVC has parsed by the time the interceptor asks.
	 */
	String bodyHash(HttpServletRequest request) throws IOException, ServletException {
		if (cachedBody != null) {
			return IdempotencyScope.sha256(cachedBody.body());
		}
		MessageDigest digest = sha256();
		for (Part part : request.getParts()) {
			digest.update((part.getName() + '\n' + part.getSubmittedFileName() + '\n' + part.getContentType() + '\n'
					+ part.getSize() + '\n')
				.getBytes(StandardCharsets.UTF_8));
			try (InputStream content = new DigestInputStream(part.getInputStream(), digest)) {
				content.transferTo(OutputStream.nullOutputStream());
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
