package io.openhire.companies;

import java.util.List;
import java.util.UUID;

import io.openhire.identity.UserErased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When an account is erased its memberships go. A company whose last owner that was
 * stays, with its other members, and is logged: its data belongs to the organisation, not
 * to the erased person, and an admin can add an owner.
 */
@Component
class ErasedMembers {

	private static final Logger log = LoggerFactory.getLogger(ErasedMembers.class);

	private final CompanyMembers members;

	ErasedMembers(CompanyMembers members) {
		this.members = members;
	}

	@ApplicationModuleListener(id = "companies.erased-members")
	void on(UserErased event) {
		List<UUID> companyIds = members.findByUserId(event.userId()).stream().map(CompanyMember::companyId).toList();
		if (companyIds.isEmpty()) {
			return;
		}
		members.deleteByUser(event.userId());
		List<UUID> owned = members.ownedAmong(companyIds);
		companyIds.stream()
			.filter((companyId) -> !owned.contains(companyId))
			.forEach((companyId) -> log.warn(
					"Company {} has no owner since user {} was erased; an admin can add one (POST /api/v1/companies/{}/members)",
					companyId, event.userId(), companyId));
	}

}
