package io.openhire.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Users extends JpaRepository<User, UUID>, JpaSpecificationExecutor<User> {

	Optional<User> findByEmailNormalized(String emailNormalized);

	boolean existsByEmailNormalized(String emailNormalized);

	/**
	 * The summaries of these users, as values: no entities, so the caller's flushes have
	 * none of them to check for changes.
	 */
	@Query("""
			select new io.openhire.identity.AccountSummary(u.id, u.email, u.firstName, u.lastName, u.role, u.active)
			from User u where u.id in :ids""")
	List<AccountSummary> summaries(Collection<UUID> ids);

	/**
	 * {@link #summaries} of one user: a query Hibernate translates to SQL once, not per
	 * call.
	 */
	@Query("""
			select new io.openhire.identity.AccountSummary(u.id, u.email, u.firstName, u.lastName, u.role, u.active)
			from User u where u.id = :id""")
	Optional<AccountSummary> summary(UUID id);

	/**
	 * Whether the user is active, and the version its tokens must carry: one row or none.
	 */
	@Query("select u.active, u.tokenVersion from User u where u.id = :id")
	List<Object[]> tokenState(UUID id);

}
