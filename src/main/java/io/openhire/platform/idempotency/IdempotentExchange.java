package io.openhire.platform.idempotency;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

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
	 * SHA-256 of the body; of a multipart body, of its fields and files (names, file
	 * names, types and content) as MVC has parsed them by the time the interceptor asks.
	 */
	String bodyHash(HttpServletRequest request) throws IOException {
		if (cachedBody != null) {
			return IdempotencyScope.sha256(cachedBody.body());
		}
		MessageDigest digest = sha256();
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart != null) {
			for (Map.Entry<String, String[]> field : new TreeMap<>(multipart.getParameterMap()).entrySet()) {
				update(digest, "field", field.getKey(), String.join("\u0000", field.getValue()));
			}
			for (Map.Entry<String, List<MultipartFile>> files : new TreeMap<>(multipart.getMultiFileMap()).entrySet()) {
				for (MultipartFile file : files.getValue()) {
					update(digest, "file", files.getKey(), file.getOriginalFilename(), file.getContentType(),
							String.valueOf(file.getSize()));
					try (InputStream content = new DigestInputStream(file.getInputStream(), digest)) {
						content.transferTo(OutputStream.nullOutputStream());
					}
				}
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void update(MessageDigest digest, @Nullable String... values) {
		for (String value : values) {
			digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
		}
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
