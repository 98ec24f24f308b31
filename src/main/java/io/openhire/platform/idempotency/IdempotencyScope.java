package io.openhire.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Whose key it is and for what: a key is the caller's own (user, or IP when signed out)
 * and means one operation on one method and path.
 */
record IdempotencyScope(String caller, String method, String path, String key) {

	/** The unique handle of the scope in storage: paths and keys may be long. */
	String hash() {
		return sha256((caller + '\n' + method + '\n' + path + '\n' + key).getBytes(StandardCharsets.UTF_8));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
