package io.openhire.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OneTimeTokens extends JpaRepository<OneTimeToken, UUID> {

	@Query("""
			select t from OneTimeToken t
			where t.tokenHash = :tokenHash and t.purpose = :purpose and t.usedAt is null and t.expiresAt > :now""")
	Optional<OneTimeToken> findUsable(String tokenHash, OneTimeToken.Purpose purpose, Instant now);

	/**
	 * Uses a token once, even under concurrent requests: 1 for the winner, 0 otherwise.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update OneTimeToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
	int use(UUID id, Instant now);

	/** A new token of a purpose makes the user's earlier ones of that purpose void. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update OneTimeToken t set t.usedAt = :now where t.userId = :userId and t.purpose = :purpose and t.usedAt is null")
	int voidAll(UUID userId, OneTimeToken.Purpose purpose, Instant now);

}
