package io.openhire.companies;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.openhire.shared.VerificationStatus;
import org.jspecify.annotations.Nullable;

/** A company as API.md shows it. */
record CompanyView(UUID id, String name, String slug, CompanyType type, @Nullable FacilityType facilityType,
		@Nullable Integer bedCapacity, @Nullable String description, @Nullable String industry,
		@Nullable CompanySize size, @Nullable String website, @Nullable String email, @Nullable String phone,
		@Nullable String logoUrl, CompanyDetails.Address headquarters, @Nullable String registrationNumber,
		@Nullable String registrationCountry, @Nullable Integer foundedYear, List<String> benefits,
		Map<String, String> socialLinks, VerificationStatus verificationStatus, @Nullable Instant verifiedAt,
		double averageRating, int reviewCount, int openJobs) {

	static CompanyView of(Company company) {
		CompanyDetails details = company.details();
		return new CompanyView(company.id(), details.name(), company.slug(), details.type(), details.facilityType(),
				details.bedCapacity(), details.description(), details.industry(), details.size(), details.website(),
				details.email(), details.phone(), details.logoUrl(), details.headquarters(),
				details.registrationNumber(), details.registrationCountry(), details.foundedYear(), details.benefits(),
				details.socialLinks(), company.verificationStatus(), company.verifiedAt(), company.averageRating(),
				company.reviewCount(), company.openJobs());
	}

}
