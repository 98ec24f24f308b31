package io.openhire.identity;

import java.time.Instant;

/**
 * The deny-list of access tokens revoked before they expire: single tokens by id, and
 * whole sessions (every access token carrying that {@code sid}) at logout or when a
 * refresh token is reused. An entry lives until the tokens it refuses would have expired
 * anyway. In-process by default; in Redis when Redis is configured, so that a logout on
 * one node refuses the tokens on every node.
 */
interface RevokedAccessTokens {

	void revoke(String key, Instant until);

	boolean isRevoked(String key);

	static String token(String tokenId) {
		return "token:" + tokenId;
	}

	static String session(String sessionId) {
		return "session:" + sessionId;
	}

}
