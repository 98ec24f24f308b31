package io.openhire.search;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.openhire.profiles.CandidateSnapshots;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code search_candidates} equal to the candidate profiles: each profile is copied
 * (with its skill names and experience job titles), a deleted one is removed. Hibernate
 * Search indexes each change when its transaction commits.
 */
@Service
@Transactional
class CandidateProjection {

	private final CandidateSnapshots profiles;

	private final CandidateDocuments documents;

	private final EntityManager entityManager;

	CandidateProjection(CandidateSnapshots profiles, CandidateDocuments documents, EntityManager entityManager) {
		this.profiles = profiles;
		this.documents = documents;
		this.entityManager = entityManager;
	}

	/**
	 * Brings the copy of one profile up to date, in a transaction of its own (so a caller
	 * can try again when a concurrent refresh of the same profile won), and answers the
	 * version of the copy written (empty when the profile is gone). The copy is read
	 * before the profile: a refresh that read an older profile than another one then also
	 * read an older copy, and its write fails on the copy's version (or primary key)
	 * instead of overwriting the newer state.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Optional<Long> refresh(UUID profileId) {
		Optional<CandidateDocument> copy = documents.findById(profileId);
		Optional<CandidateSnapshots.Snapshot> found = profiles.find(profileId);
		if (found.isEmpty()) {
			copy.ifPresent(documents::delete);
			documents.flush();
			return Optional.empty();
		}
		CandidateDocument document = copy.orElseGet(() -> new CandidateDocument(profileId));
		document.copy(found.get());
		return Optional.of(documents.saveAndFlush(document).version());
	}

	/** The version of the profile's copy as committed now; empty when it has none. */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	Optional<Long> version(UUID profileId) {
		return documents.findVersion(profileId);
	}

	/**
	 * Indexes the profile's copy as it is now, unchanged, or removes the profile from the
	 * index when it has no copy.
	 * @return the version indexed
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Optional<Long> reindex(UUID profileId) {
		Optional<CandidateDocument> copy = documents.findById(profileId);
		var plan = Search.session(entityManager).indexingPlan();
		if (copy.isPresent()) {
			plan.addOrUpdate(copy.get());
		}
		else {
			plan.purge(CandidateDocument.class, profileId, null);
		}
		return copy.map(CandidateDocument::version);
	}

	/** The ids of profiles after {@code after}, for a rebuild in batches. */
	@Transactional(readOnly = true)
	List<UUID> profileIds(@Nullable UUID after, int limit) {
		return profiles.ids(after, limit);
	}

	/**
	 * Copies a batch of profiles for a rebuild, in one transaction and a few queries,
	 * without indexing them one by one (the mass indexer that follows indexes the whole
	 * table). Profiles that are gone lose their copy.
	 * @return the ids of the profiles that exist
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Set<UUID> copyForRebuild(List<UUID> profileIds) {
		Search.session(entityManager).indexingPlanFilter((filter) -> filter.exclude(CandidateDocument.class));
		Map<UUID, CandidateDocument> copies = documents.findAllById(profileIds)
			.stream()
			.collect(Collectors.toMap(CandidateDocument::id, Function.identity()));
		Set<UUID> existing = new HashSet<>();
		for (CandidateSnapshots.Snapshot profile : profiles.findAll(profileIds)) {
			CandidateDocument copy = copies.computeIfAbsent(profile.id(), CandidateDocument::new);
			copy.copy(profile);
			documents.save(copy);
			existing.add(profile.id());
		}
		copies.values().stream().filter((copy) -> !existing.contains(copy.id())).forEach(documents::delete);
		return existing;
	}

}
