package io.openhire.profiles;

import io.openhire.shared.MergePatch;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entries of the caller's own candidate profile, whatever their kind. An entry is
 * only ever looked up together with the caller's profile, so another user's entry id is
 * 404 like an id that does not exist.
 */
@Service
@Transactional
class CandidateEntryService {

	private final ProfileCreation creation;

	private final ProfileCompleteness completeness;

	private final MergePatch mergePatch;

	private final Clock clock;

	CandidateEntryService(ProfileCreation creation, ProfileCompleteness completeness, MergePatch mergePatch,
			Clock clock) {
		this.creation = creation;
		this.completeness = completeness;
		this.mergePatch = mergePatch;
		this.clock = clock;
	}

	<E extends ProfileEntry, F extends EntryFields, V> List<V> list(UUID userId, EntryKind<E, F, V> kind) {
		CandidateProfile profile = creation.candidate(userId);
		return kind.views(kind.repository().findByProfileId(profile.id(), kind.order()));
	}

	<E extends ProfileEntry, F extends EntryFields, V> V get(UUID userId, EntryKind<E, F, V> kind, UUID id) {
		return kind.view(find(creation.candidate(userId), kind, id));
	}

	<E extends ProfileEntry, F extends EntryFields, V> V add(UUID userId, EntryKind<E, F, V> kind, F fields) {
		CandidateProfile profile = creation.candidate(userId);
		check(fields);
		E entry = kind.repository().save(kind.create(profile.id(), fields, clock.instant()));
		completeness.refresh(profile);
		return kind.view(entry);
	}

	<E extends ProfileEntry, F extends EntryFields, V> V replace(UUID userId, EntryKind<E, F, V> kind, UUID id,
			F fields) {
		CandidateProfile profile = creation.candidate(userId);
		E entry = find(profile, kind, id);
		check(fields);
		kind.replace(entry, fields);
		completeness.refresh(profile);
		return kind.view(entry);
	}

	<E extends ProfileEntry, F extends EntryFields, V> V patch(UUID userId, EntryKind<E, F, V> kind, UUID id,
			JsonNode patch) {
		CandidateProfile profile = creation.candidate(userId);
		E entry = find(profile, kind, id);
		F fields = mergePatch.apply(kind.fields(entry), kind.prepare(patch), kind.fieldsType());
		check(fields);
		kind.replace(entry, fields);
		completeness.refresh(profile);
		return kind.view(entry);
	}

	<E extends ProfileEntry, F extends EntryFields, V> void delete(UUID userId, EntryKind<E, F, V> kind, UUID id) {
		CandidateProfile profile = creation.candidate(userId);
		kind.repository().delete(find(profile, kind, id));
		completeness.refresh(profile);
	}

	private <E extends ProfileEntry> E find(CandidateProfile profile, EntryKind<E, ?, ?> kind, UUID id) {
		return kind.repository()
			.findByIdAndProfileId(id, profile.id())
			.orElseThrow(() -> ApiProblem.notFound("No such " + kind.name() + "."));
	}

	private static void check(EntryFields fields) {
		Problems problems = new Problems();
		fields.check(problems);
		problems.throwIfAny();
	}

}
