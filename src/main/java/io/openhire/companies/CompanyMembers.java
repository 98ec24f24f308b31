package io.openhire.companies;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CompanyMembers extends JpaRepository<CompanyMember, UUID> {

	/** A membership with the name of its company. */
	record Row(UUID companyId, String companyName, MemberRole memberRole) {

		Membership membership() {
			return new Membership(companyId, companyName, memberRole.value());
		}

	}

	Optional<CompanyMember> findByCompanyIdAndUserId(UUID companyId, UUID userId);

	boolean existsByCompanyIdAndUserId(UUID companyId, UUID userId);

	boolean existsByCompanyIdAndUserIdAndMemberRole(UUID companyId, UUID userId, MemberRole memberRole);

	long countByCompanyIdAndMemberRole(UUID companyId, MemberRole memberRole);

	Page<CompanyMember> findByCompanyId(UUID companyId, Pageable pageable);

	List<CompanyMember> findByUserId(UUID userId);

	@Query("""
			select new io.openhire.companies.CompanyMembers$Row(c.id, c.name, m.memberRole)
			from CompanyMember m join Company c on c.id = m.companyId
			where m.userId = :userId order by c.nameKey""")
	List<Row> membershipsOf(UUID userId);

	@Query("select distinct m.companyId from CompanyMember m where m.companyId in :companyIds and m.memberRole = io.openhire.companies.MemberRole.OWNER")
	List<UUID> ownedAmong(Collection<UUID> companyIds);

	@Modifying
	@Query("delete from CompanyMember m where m.userId = :userId")
	int deleteByUser(UUID userId);

}
