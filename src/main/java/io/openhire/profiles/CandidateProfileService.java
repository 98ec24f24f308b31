package io.openhire.profiles;

import io.openhire.shared.MergePatch;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.openhire.profiles.EntryKinds.SkillKind;
import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PhoneNumbers;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidate profiles: the owner's reads and writes, reading one by id as its visibility
 * allows, and the employers' candidate list (answered by the search index).
 */
@Service
@Transactional
class CandidateProfileService {

	/** The deepest result a page may reach (as for job search). */
	static final int MAX_RESULTS = 10_000;

	/** A page of the candidate list and how many candidates match in all. */
	record PageResult(long count, List<CandidateProfileView> results) {

	}

	private final Candidates candidates;

	private final SkillEntries skillEntries;

	private final SkillKind skills;

	private final ProfileCreation creation;

	private final ProfileCompleteness completeness;

	private final MergePatch mergePatch;

	private final List<ContactDetailsAccess> contactDetailsAccess;

	private final CandidateSearchIndex index;

	private final Clock clock;

	CandidateProfileService(Candidates candidates, SkillEntries skillEntries, SkillKind skills,
			ProfileCreation creation, ProfileCompleteness completeness, MergePatch mergePatch,
			List<ContactDetailsAccess> contactDetailsAccess, CandidateSearchIndex index, Clock clock) {
		this.index = index;
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
	 * A page of the candidate list: the ids of the page from the search index, then the
	 * profiles, the skills of the whole page and their names in a query each, shown in
	 * the index's order. A profile deleted, or made private, since the index saw it is
	 * left out (the count may then be off by as many until the index catches up).
	 */
	@Transactional(readOnly = true)
	PageResult search(CurrentUser caller, CandidateFilter filter, PageQuery page) {
		Problems problems = new Problems();
		problems.check(page.offset() + page.pageSize() <= MAX_RESULTS, "page",
				"Pages reach at most the " + MAX_RESULTS + "th result.");
		problems.throwIfAny();
		CandidateSearchIndex.Hits hits = index.search(filter, (int) page.offset(), page.pageSize());
		Map<UUID, CandidateProfile> found = candidates.findAllById(hits.profileIds())
			.stream()
			.collect(Collectors.toMap(CandidateProfile::id, Function.identity()));
		// the index follows changes a moment late: a profile made private since is left
		// out
		List<CandidateProfile> profiles = hits.profileIds()
			.stream()
			.map(found::get)
			.filter(Objects::nonNull)
			.filter((profile) -> filter.includePrivate() || profile.visibleToEmployers())
			.toList();
		List<UUID> ids = profiles.stream().map(CandidateProfile::id).toList();
		List<SkillEntry> entries = ids.isEmpty() ? List.of() : skillEntries.findByProfileIdIn(ids);
		Map<UUID, Skills.Skill> names = skills.skillsOf(entries);
		Map<UUID, List<SkillEntry.View>> byProfile = entries.stream()
			.sorted(Comparator.comparingInt(SkillEntry::level).reversed())
			.collect(Collectors.groupingBy(SkillEntry::profileId,
					Collectors.mapping((entry) -> entry.view(names.get(entry.skillId())), Collectors.toList())));
		Set<UUID> disclosed = disclosedTo(caller, profiles.stream().map(CandidateProfile::userId).toList());
		List<CandidateProfileView> views = profiles.stream()
			.map((profile) -> CandidateProfileView.of(profile, byProfile.getOrDefault(profile.id(), List.of()),
					disclosed.contains(profile.userId())))
			.toList();
		return new PageResult(hits.total(), views);
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
