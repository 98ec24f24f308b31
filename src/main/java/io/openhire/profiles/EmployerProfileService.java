package io.openhire.profiles;

import io.openhire.shared.MergePatch;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.openhire.shared.PhoneNumbers;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's own employer profile. */
@Service
@Transactional
class EmployerProfileService {

	/** An employer profile as API.md shows it. */
	record View(UUID id, UUID userId, String firstName, String lastName, @Nullable String phone,
			@Nullable String positionTitle, @Nullable String bio, @Nullable String linkedinUrl,
			List<Companies.Membership> companies) {

		static View of(EmployerProfile profile, List<Companies.Membership> companies) {
			EmployerProfile.Fields fields = profile.fields();
			return new View(profile.id(), profile.userId(), fields.firstName(), fields.lastName(), fields.phone(),
					fields.positionTitle(), fields.bio(), fields.linkedinUrl(), companies);
		}

	}

	private final ProfileCreation creation;

	private final MergePatch mergePatch;

	private final Companies companies;

	private final Clock clock;

	EmployerProfileService(ProfileCreation creation, MergePatch mergePatch, Companies companies, Clock clock) {
		this.creation = creation;
		this.mergePatch = mergePatch;
		this.companies = companies;
		this.clock = clock;
	}

	View mine(UUID userId) {
		return view(creation.employer(userId));
	}

	/**
	 * Replaces every editable field. Employer profiles have no country, so phones are
	 * written with their country code (+31 6 1234 5678).
	 */
	View replace(UUID userId, EmployerProfile.Fields fields) {
		EmployerProfile profile = creation.employer(userId);
		Problems problems = new Problems();
		fields.check(problems);
		problems.throwIfAny();
		profile.replace(fields, PhoneNumbers.normalize("phone", fields.phone(), null), clock.instant());
		return view(profile);
	}

	View patch(UUID userId, JsonNode patch) {
		EmployerProfile profile = creation.employer(userId);
		return replace(userId, mergePatch.apply(profile.fields(), patch, EmployerProfile.Fields.class));
	}

	private View view(EmployerProfile profile) {
		return View.of(profile, companies.membershipsOf(profile.userId()));
	}

}
