package io.openhire.shared;

import java.util.UUID;

/**
 * A module's part of what Openhire holds about a person, for {@code GET /auth/me/export}.
 * Modules implement it as a bean; the identity module gathers every part into one
 * document. (Erasure travels the other way, as the {@code UserErased} event.)
 */
public interface PersonalData {

	/** The key of this part in the export, such as {@code "profile"}. */
	String section();

	/** Everything this module holds about the user, as JSON-serializable values. */
	Object export(UUID userId);

}
