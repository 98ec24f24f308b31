package io.openhire.profiles;

import java.util.List;
import java.util.UUID;

import io.openhire.companies.CompanyDirectory;

import org.springframework.stereotype.Component;

/** {@link Companies} answered by the companies module. */
@Component
class DirectoryMemberships implements Companies {

	private final CompanyDirectory directory;

	DirectoryMemberships(CompanyDirectory directory) {
		this.directory = directory;
	}

	@Override
	public List<Membership> membershipsOf(UUID userId) {
		return directory.membershipsOf(userId)
			.stream()
			.map((membership) -> new Membership(membership.companyId(), membership.companyName(),
					membership.memberRole()))
			.toList();
	}

}
