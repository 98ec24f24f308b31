package io.openhire.profiles;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.openhire.profiles.EntryKinds.CertificationKind;
import io.openhire.profiles.EntryKinds.EducationKind;
import io.openhire.profiles.EntryKinds.ExperienceKind;
import io.openhire.profiles.EntryKinds.PortfolioKind;
import io.openhire.profiles.EntryKinds.SkillKind;
import io.openhire.shared.PersonalData;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code profile} section of {@code GET /auth/me/export}: the candidate profile with
 * every entry, and the employer profile, each {@code null} when the user has none.
 */
@Component
class ProfilePersonalData implements PersonalData {

	private final Candidates candidates;

	private final Employers employers;

	private final Companies companies;

	private final SkillKind skills;

	private final EducationKind education;

	private final ExperienceKind experience;

	private final CertificationKind certifications;

	private final PortfolioKind portfolio;

	ProfilePersonalData(Candidates candidates, Employers employers, Companies companies, SkillKind skills,
			EducationKind education, ExperienceKind experience, CertificationKind certifications,
			PortfolioKind portfolio) {
		this.candidates = candidates;
		this.employers = employers;
		this.companies = companies;
		this.skills = skills;
		this.education = education;
		this.experience = experience;
		this.certifications = certifications;
		this.portfolio = portfolio;
	}

	@Override
	public String section() {
		return "profile";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(UUID userId) {
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("candidate", candidates.findByUserId(userId).map(this::candidate).orElse(null));
		export.put("employer",
				employers.findByUserId(userId)
					.map((profile) -> EmployerProfileService.View.of(profile, companies.membershipsOf(userId)))
					.orElse(null));
		return export;
	}

	private Map<String, Object> candidate(CandidateProfile profile) {
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("profile", CandidateProfileView.of(profile, entries(skills, profile), true));
		export.put("education", entries(education, profile));
		export.put("experience", entries(experience, profile));
		export.put("certifications", entries(certifications, profile));
		export.put("portfolio", entries(portfolio, profile));
		return export;
	}

	private static <E extends ProfileEntry, V> java.util.List<V> entries(EntryKind<E, ?, V> kind,
			CandidateProfile profile) {
		return kind.views(kind.repository().findByProfileId(profile.id(), kind.order()));
	}

}
