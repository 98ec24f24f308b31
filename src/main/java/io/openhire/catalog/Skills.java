package io.openhire.catalog;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Skills extends JpaRepository<Skill, UUID>, JpaSpecificationExecutor<Skill> {

	Optional<Skill> findByNameNormalized(String nameNormalized);

	@Query("select s from Skill s join s.aliases a where a.aliasNormalized = :alias")
	Optional<Skill> findByAlias(String alias);

	boolean existsBySlug(String slug);

	/**
	 * Adds a pending skill unless one with its name or slug exists (then nothing
	 * happens): two requests that name the same new skill at once both end up with one
	 * row, and neither transaction fails.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into catalog_skills (id, name, name_normalized, slug, category, description, popularity, status,
			    merged_into, created_at, version)
			values (:id, :name, :nameNormalized, :slug, 'other', null, 0, 'pending', null, :createdAt, 0)
			on conflict do nothing""")
	int insertPending(UUID id, String name, String nameNormalized, String slug, Instant createdAt);

	/** Skills merged into {@code from} now point at {@code to}, so merges never chain. */
	@Modifying
	@Query("update Skill s set s.mergedInto = :to where s.mergedInto = :from")
	int redirectMerged(UUID from, UUID to);

}
