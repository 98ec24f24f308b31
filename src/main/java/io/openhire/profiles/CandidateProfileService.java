package io.openhire.profiles;

import io.openhire.shared.MergePatch;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.openhire.profiles.EntryKinds.SkillKind;
import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PhoneNumbers;
import tools.jackson.databind.JsonNode;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidate profiles: the owner's reads and writes, reading one by id as its visibility
 * allows, and the employers' candidate list.
 */
@Service
@Transactional
class CandidateProfileService {

	private final Candidates candidates;

	private final SkillEntries skillEntries;

	private final SkillKind skills;

	private final ProfileCreation creation;

	private final ProfileCompleteness completeness;

	private final MergePatch mergePatch;

	private final List<ContactDetailsAccess> contactDetailsAccess;

	private final Clock clock;

	CandidateProfileService(Candidates candidates, SkillEntries skillEntries, SkillKind skills,
			ProfileCreation creation, ProfileCompleteness completeness, MergePatch mergePatch,
			List<ContactDetailsAccess> contactDetailsAccess, Clock clock) {
		this.candidates = candidates;
		this.skillEntries = skillEntries;
		this.skills = skills;
		this.creation = creation;
		this.completeness = completeness;
		this.mergePatch = mergePatch;
		this.contactDetailsAccess = contactDetailsAccess;
		this.clock = clock;
	}

	CandidateProfileView mine(UUID userId) {
		return view(creation.candidate(userId), true);
	}

	CandidateProfileView replace(UUID userId, CandidateFields fields) {
		CandidateProfile profile = creation.candidate(userId);
		Problems problems = new Problems();
		fields.check(problems);
		problems.throwIfAny();
		String phone = PhoneNumbers.normalize("phone", fields.phone(), fields.locationOrEmpty().country());
		profile.replace(fields, phone, clock.instant());
		completeness.refresh(profile);
		return view(profile, true);
	}

	CandidateProfileView patch(UUID userId, JsonNode patch) {
		CandidateProfile profile = creation.candidate(userId);
		return replace(userId, mergePatch.apply(profile.fields(), patch, CandidateFields.class));
	}

	/**
	 * A profile by id for its owner, admins, and employers where its visibility allows;
	 * anyone else (another candidate, an employer of a private profile) is told it does
	 * not exist.
	 */
	@Transactional(readOnly = true)
	CandidateProfileView get(CurrentUser caller, UUID profileId) {
		CandidateProfile profile = candidates.findById(profileId).orElseThrow(CandidateProfileService::notFound);
		boolean owner = profile.userId().equals(caller.id());
		if (owner || caller.isAdmin()) {
			return view(profile, true);
		}
		if (caller.isEmployer() && profile.visibleToEmployers()) {
			return view(profile, disclosedTo(caller, List.of(profile.userId())).contains(profile.userId()));
		}
		throw notFound();
	}

	/**
	 * A page of the candidate list: the profiles (with a count when needed), then the
	 * skills of the whole page in one query and their names in one call to the catalog.
	 */
	@Transactional(readOnly = true)
	Page<CandidateProfileView> search(CurrentUser caller, CandidateFilter filter, PageQuery page) {
		PageRequest request = PageRequest.of(page.page() - 1, page.pageSize(),
				Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
		Page<CandidateProfile> profiles = candidates.findAll(filter.specification(), request);
		List<UUID> ids = profiles.map(CandidateProfile::id).getContent();
		List<SkillEntry> entries = ids.isEmpty() ? List.of() : skillEntries.findByProfileIdIn(ids);
		Map<UUID, Skills.Skill> found = skills.skillsOf(entries);
		Map<UUID, List<SkillEntry.View>> byProfile = entries.stream()
			.sorted(java.util.Comparator.comparingInt(SkillEntry::level).reversed())
			.collect(Collectors.groupingBy(SkillEntry::profileId,
					Collectors.mapping((entry) -> entry.view(found.get(entry.skillId())), Collectors.toList())));
		Set<UUID> disclosed = disclosedTo(caller, profiles.map(CandidateProfile::userId).getContent());
		return profiles.map((profile) -> CandidateProfileView.of(profile,
				byProfile.getOrDefault(profile.id(), List.of()), disclosed.contains(profile.userId())));
	}

	private CandidateProfileView view(CandidateProfile profile, boolean withContactDetails) {
		List<SkillEntry> entries = skillEntries.findByProfileId(profile.id(), skills.order());
		return CandidateProfileView.of(profile, skills.views(entries), withContactDetails);
	}

	/** The candidates among these whose contact details the caller may see. */
	private Set<UUID> disclosedTo(CurrentUser caller, List<UUID> candidateUserIds) {
		if (caller.isAdmin()) {
			return Set.copyOf(candidateUserIds);
		}
		if (!caller.isEmployer() || candidateUserIds.isEmpty()) {
			return Set.of();
		}
		Set<UUID> disclosed = new HashSet<>();
		contactDetailsAccess.forEach((access) -> disclosed.addAll(access.disclosedTo(caller.id(), candidateUserIds)));
		disclosed.retainAll(candidateUserIds);
		return disclosed;
	}

	private static ApiProblem notFound() {
		return ApiProblem.notFound("No such candidate profile.");
	}

}
