package io.openhire.identity;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.openhire.shared.Role;
import org.jspecify.annotations.Nullable;

/** A user as API.md shows it. */
record UserView(UUID id, String email, String firstName, String lastName, Role role,
		@JsonProperty("is_active") boolean active, @JsonProperty("is_email_verified") boolean emailVerified,
		Instant dateJoined, @Nullable Instant lastLogin) {

	static UserView of(User user) {
		return new UserView(user.id(), user.email(), user.firstName(), user.lastName(), user.role(), user.active(),
				user.emailVerified(), user.dateJoined(), user.lastLogin());
	}

}
