package io.openhire.shared;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling: the signed-in user of the current request, read from its verified
 * access token. Modules ask this instead of reading tokens or the security context
 * themselves.
 *
 * @param id the user's id
 * @param role the user's role
 * @param sessionId the sign-in session (refresh-token family) the access token belongs to
 * @param tokenId the access token's own id ({@code jti})
 */
public record CurrentUser(UUID id, Role role, String sessionId, String tokenId) {

	/** Claim of the access token that carries the role. */
	public static final String ROLE_CLAIM = "role";

	/** Claim of the access token that names its sign-in session. */
	public static final String SESSION_CLAIM = "sid";

	/** The signed-in caller, if the request has a valid access token. */
	public static Optional<CurrentUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
			return Optional.empty();
		}
		return Optional.of(of(jwt));
	}

	/**
	 * The signed-in caller. Endpoints that call this are guarded so that only signed-in
	 * callers reach them.
	 * @throws IllegalStateException if nobody is signed in
	 */
	public static CurrentUser get() {
		return find().orElseThrow(() -> new IllegalStateException("No signed-in user"));
	}

	public static CurrentUser of(Jwt jwt) {
		return new CurrentUser(UUID.fromString(jwt.getSubject()), Role.of(jwt.getClaimAsString(ROLE_CLAIM)),
				jwt.getClaimAsString(SESSION_CLAIM), jwt.getId());
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	public boolean isEmployer() {
		return role == Role.EMPLOYER;
	}

	public boolean isCandidate() {
		return role == Role.CANDIDATE;
	}

}
