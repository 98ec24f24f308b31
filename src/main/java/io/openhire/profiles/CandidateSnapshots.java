package io.openhire.profiles;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidate profiles as the search module copies them into its index: the searchable
 * fields, the skills with their catalog names and levels, and the job titles of the
 * experience entries. Read in a few queries however many profiles are asked for.
 */
@Service
@Transactional(readOnly = true)
public class CandidateSnapshots {

	/**
	 * What search knows of a profile. Enum values are their API values
	 * ({@code employers}, {@code not_available}); the country is an upper-case code.
	 */
	public record Snapshot(UUID id, @Nullable String headline, @Nullable String bio, @Nullable String desiredRole,
			@Nullable String city, @Nullable String region, @Nullable String country, @Nullable Double latitude,
			@Nullable Double longitude, @Nullable Integer yearsOfExperience, @Nullable String availabilityStatus,
			boolean openToRemote, String visibility, Instant updatedAt, List<Skill> skills,
			List<String> experienceTitles) {

	}

	/** A skill on the profile: the catalog's name when it knows the skill. */
	public record Skill(UUID skillId, @Nullable String name, int level) {

	}

	private final Candidates candidates;

	private final SkillEntries skillEntries;

	private final ExperienceEntries experience;

	private final Skills skills;

	CandidateSnapshots(Candidates candidates, SkillEntries skillEntries, ExperienceEntries experience, Skills skills) {
		this.candidates = candidates;
		this.skillEntries = skillEntries;
		this.experience = experience;
		this.skills = skills;
	}

	/** The profile as it is now; empty once it is deleted. */
	public Optional<Snapshot> find(UUID profileId) {
		return findAll(List.of(profileId)).stream().findFirst();
	}

	/** The profiles among these ids that exist, in no particular order. */
	public List<Snapshot> findAll(Collection<UUID> profileIds) {
		if (profileIds.isEmpty()) {
			return List.of();
		}
		List<CandidateProfile> profiles = candidates.findAllById(profileIds);
		List<UUID> ids = profiles.stream().map(CandidateProfile::id).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		List<SkillEntry> entries = skillEntries.findByProfileIdIn(ids);
		Map<UUID, Skills.Skill> names = skills.findAll(entries.stream().map(SkillEntry::skillId).distinct().toList());
		Map<UUID, List<Skill>> skillsOf = entries.stream()
			.sorted(Comparator.comparingInt(SkillEntry::level).reversed())
			.collect(Collectors.groupingBy(SkillEntry::profileId, Collectors.mapping((entry) -> {
				Skills.Skill known = names.get(entry.skillId());
				return new Skill(entry.skillId(), (known != null) ? known.name() : null, entry.level());
			}, Collectors.toList())));
		Map<UUID, List<String>> titlesOf = experience.findByProfileIdIn(ids)
			.stream()
			.collect(Collectors.groupingBy(Experience::profileId,
					Collectors.mapping(Experience::jobTitle, Collectors.toList())));
		return profiles.stream()
			.map((profile) -> snapshot(profile, skillsOf.getOrDefault(profile.id(), List.of()),
					titlesOf.getOrDefault(profile.id(), List.of())))
			.toList();
	}

	/** The ids of profiles after {@code after} in id order, for a rebuild in batches. */
	public List<UUID> ids(@Nullable UUID after, int limit) {
		return (after == null) ? candidates.findIdsOrderById(Limit.of(limit))
				: candidates.findIdsAfter(after, Limit.of(limit));
	}

	private static Snapshot snapshot(CandidateProfile profile, List<Skill> skills, List<String> titles) {
		CandidateFields fields = profile.fields();
		CandidateFields.Location location = fields.locationOrEmpty();
		var status = fields.availabilityOrEmpty().status();
		return new Snapshot(profile.id(), fields.headline(), fields.bio(), fields.desiredRole(), location.city(),
				location.region(), location.country(), location.latitude(), location.longitude(),
				fields.yearsOfExperience(), (status != null) ? ApiEnum.value(status) : null,
				Boolean.TRUE.equals(fields.openToRemote()), ApiEnum.value(profile.visibility()), profile.updatedAt(),
				skills, titles);
	}

}
