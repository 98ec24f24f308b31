package io.openhire.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** Tokens handed to a client that signed in, registered or refreshed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TokenResponse(String access, String refresh, String tokenType, long expiresIn, @Nullable UserView user) {

	static TokenResponse of(Sessions.Tokens tokens, @Nullable User user) {
		return new TokenResponse(tokens.access(), tokens.refresh(), "Bearer", tokens.expiresIn(),
				(user != null) ? UserView.of(user) : null);
	}

	static TokenResponse of(SignIn.Result result) {
		return of(result.tokens(), result.user());
	}

}
