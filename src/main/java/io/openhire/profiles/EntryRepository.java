package io.openhire.profiles;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/** The entries of one kind, always reached through their profile. */
@NoRepositoryBean
interface EntryRepository<E extends ProfileEntry> extends JpaRepository<E, UUID> {

	List<E> findByProfileId(UUID profileId, Sort sort);

	List<E> findByProfileIdIn(Collection<UUID> profileIds);

	/** The entry, if it belongs to that profile: another user's entry id is not found. */
	Optional<E> findByIdAndProfileId(UUID id, UUID profileId);

	boolean existsByProfileId(UUID profileId);

	@Modifying
	@Query("delete from #{#entityName} e where e.profileId = :profileId")
	int deleteAllOfProfile(UUID profileId);

}
