package io.openhire.identity;

import java.time.Instant;

/**
 * The deny-list of access tokens revoked before they expire (at logout). An entry lives
 * until the token would have expired anyway. In-process by default; in Redis when Redis
 * is configured, so that a logout on one node refuses the token on every node.
 */
interface RevokedAccessTokens {

	void revoke(String tokenId, Instant expiresAt);

	boolean isRevoked(String tokenId);

}
