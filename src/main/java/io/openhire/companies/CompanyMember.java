package io.openhire.companies;

import java.time.Instant;
import java.util.UUID;

import io.openhire.shared.AssignedIdEntity;
import io.openhire.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An employer who acts for a company, as its owner or as a recruiter. */
@Entity
@Table(name = "company_members")
class CompanyMember extends AssignedIdEntity<UUID> {

	@Id
	private UUID id;

	private UUID companyId;

	private UUID userId;

	private MemberRole memberRole;

	private Instant joinedAt;

	protected CompanyMember() {
		// for JPA
	}

	CompanyMember(UUID companyId, UUID userId, MemberRole memberRole, Instant now) {
		this.id = Ids.newId();
		this.companyId = companyId;
		this.userId = userId;
		this.memberRole = memberRole;
		this.joinedAt = now;
	}

	UUID companyId() {
		return companyId;
	}

	UUID userId() {
		return userId;
	}

	MemberRole memberRole() {
		return memberRole;
	}

	boolean isOwner() {
		return memberRole == MemberRole.OWNER;
	}

	Instant joinedAt() {
		return joinedAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
