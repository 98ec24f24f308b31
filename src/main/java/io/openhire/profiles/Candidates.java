package io.openhire.profiles;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Candidate profiles. */
interface Candidates extends JpaRepository<CandidateProfile, UUID> {

	Optional<CandidateProfile> findByUserId(UUID userId);

	@Query("select p.id from CandidateProfile p where p.userId = :userId")
	Optional<UUID> findIdByUserId(UUID userId);

	@Query("select p.userId from CandidateProfile p where p.id = :id")
	Optional<UUID> findUserIdById(UUID id);

	@Query("select p.id from CandidateProfile p order by p.id")
	List<UUID> findIdsOrderById(Limit limit);

	@Query("select p.id from CandidateProfile p where p.id > :after order by p.id")
	List<UUID> findIdsAfter(UUID after, Limit limit);

	@Modifying
	@Query("delete from CandidateProfile p where p.id = :id")
	int deleteProfile(UUID id);

}
