package io.openhire.companies;

import java.util.UUID;

import io.openhire.shared.PersonalData;

import org.springframework.stereotype.Component;

/** The companies a user acts for, in their data export. */
@Component
class CompanyPersonalData implements PersonalData {

	private final CompanyDirectory directory;

	CompanyPersonalData(CompanyDirectory directory) {
		this.directory = directory;
	}

	@Override
	public String section() {
		return "company_memberships";
	}

	@Override
	public Object export(UUID userId) {
		return directory.membershipsOf(userId);
	}

}
