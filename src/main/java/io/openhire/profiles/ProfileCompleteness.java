package io.openhire.profiles;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Recomputes a profile's completeness after it or one of its entries changed, and tells
 * other modules ({@link CandidateProfileChanged}): every change of a profile or its
 * entries passes here.
 */
@Component
class ProfileCompleteness {

	private final SkillEntries skills;

	private final EducationEntries education;

	private final ExperienceEntries experience;

	private final CertificationEntries certifications;

	private final PortfolioEntries portfolio;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProfileCompleteness(SkillEntries skills, EducationEntries education, ExperienceEntries experience,
			CertificationEntries certifications, PortfolioEntries portfolio, ApplicationEventPublisher events,
			Clock clock) {
		this.events = events;
		this.skills = skills;
		this.education = education;
		this.experience = experience;
		this.certifications = certifications;
		this.portfolio = portfolio;
		this.clock = clock;
	}

	void refresh(CandidateProfile profile) {
		Completeness.Entries entries = new Completeness.Entries(skills.existsByProfileId(profile.id()),
				education.existsByProfileId(profile.id()), experience.existsByProfileId(profile.id()),
				certifications.existsByProfileId(profile.id()), portfolio.existsByProfileId(profile.id()));
		profile.entriesChanged(entries, clock.instant());
		events.publishEvent(new CandidateProfileChanged(profile.id()));
	}

	/** Removes every entry of the profile. */
	void deleteEntries(CandidateProfile profile) {
		skills.deleteAllOfProfile(profile.id());
		education.deleteAllOfProfile(profile.id());
		experience.deleteAllOfProfile(profile.id());
		certifications.deleteAllOfProfile(profile.id());
		portfolio.deleteAllOfProfile(profile.id());
	}

}
