package io.openhire.profiles;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Employer profiles. */
interface Employers extends JpaRepository<EmployerProfile, UUID> {

	Optional<EmployerProfile> findByUserId(UUID userId);

	@Modifying
	@Query("delete from EmployerProfile p where p.userId = :userId")
	int deleteByOwner(UUID userId);

}
