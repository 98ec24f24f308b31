package io.openhire.catalog;

import io.openhire.shared.CurrentUser;

import org.springframework.security.access.AccessDeniedException;

/** Who is asking, where public lists show admins more. */
final class Callers {

	private Callers() {
	}

	static boolean isAdmin() {
		return CurrentUser.find().map(CurrentUser::isAdmin).orElse(false);
	}

	/** Refuses callers who are not admins: 401 when anonymous, 403 otherwise. */
	static void requireAdmin(String what) {
		if (!isAdmin()) {
			throw new AccessDeniedException("Only admins may see " + what + ".");
		}
	}

}
