package io.openhire.identity;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

import io.openhire.shared.CacheForgetting;
import org.jspecify.annotations.Nullable;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * What every request with an access token needs to know about its user: whether the
 * account is active and which token version is current. Cached (Caffeine, or Redis across
 * nodes) and evicted the moment either changes, so a deactivation or password change
 * refuses old tokens at once without a database read per request.
 */
@Component
class TokenStates {

	static final String CACHE = "identity-token-states";

	record TokenState(boolean active, int tokenVersion) implements Serializable {
	}

	private final Users users;

	private final CacheManager caches;

	TokenStates(Users users, CacheManager caches) {
		this.users = users;
		this.caches = caches;
	}

	Optional<TokenState> of(UUID userId) {
		Cache cache = cache();
		TokenState cached = cache.get(userId, TokenState.class);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<TokenState> state = users.tokenState(userId)
			.stream()
			.findFirst()
			.map((row) -> new TokenState((Boolean) row[0], (Integer) row[1]));
		// putIfAbsent completes before returning (a Redis put may not): an eviction after
		// a
		// change cannot be overtaken by this older state landing later
		state.ifPresent((value) -> cache.putIfAbsent(userId, value));
		return state;
	}

	/**
	 * Forgets what is cached about the user, now and again once the transaction commits,
	 * so that a request reading the old state meanwhile cannot keep it cached.
	 */
	void changed(@Nullable UUID userId) {
		if (userId == null) {
			return;
		}
		CacheForgetting.forget(cache(), userId);
	}

	private Cache cache() {
		Cache cache = caches.getCache(CACHE);
		if (cache == null) {
			throw new IllegalStateException("No cache " + CACHE);
		}
		return cache;
	}

}
