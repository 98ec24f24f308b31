package io.openhire.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RefreshTokens extends JpaRepository<RefreshToken, UUID> {

	Optional<RefreshToken> findByTokenHash(String tokenHash);

	/**
	 * Spends a token if nobody has: the conditional update makes two concurrent refreshes
	 * with the same token end with one winner.
	 * @return 1 if this call spent it, 0 if it was spent already
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update RefreshToken t set t.usedAt = :now where t.id = :id and t.usedAt is null and t.revokedAt is null")
	int spend(UUID id, Instant now);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update RefreshToken t set t.revokedAt = :now where t.familyId = :familyId and t.revokedAt is null")
	int revokeFamily(UUID familyId, Instant now);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update RefreshToken t set t.revokedAt = :now where t.userId = :userId and t.revokedAt is null")
	int revokeAllOf(UUID userId, Instant now);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update RefreshToken t set t.revokedAt = :now
			where t.userId = :userId and t.familyId <> :keptFamily and t.revokedAt is null""")
	int revokeAllOfExcept(UUID userId, UUID keptFamily, Instant now);

	@Query("""
			select t from RefreshToken t
			where t.userId = :userId and t.usedAt is null and t.revokedAt is null and t.expiresAt > :now
			order by t.issuedAt desc""")
	List<RefreshToken> findLive(UUID userId, Instant now);

}
