package io.openhire.search;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.openhire.catalog.CategoryCatalog;
import io.openhire.catalog.CategoryRef;
import io.openhire.catalog.SkillCatalog;
import io.openhire.catalog.SkillRef;
import io.openhire.companies.CompanyDirectory;
import io.openhire.companies.CompanySummary;
import io.openhire.jobs.JobSnapshots;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code search_jobs} equal to the published jobs: a published job is copied (with
 * its company, category and skill names), any other is removed. Hibernate Search indexes
 * each change when its transaction commits.
 */
@Service
@Transactional
class JobProjection {

	private final JobSnapshots jobs;

	private final JobDocuments documents;

	private final CompanyDirectory companies;

	private final CategoryCatalog categories;

	private final SkillCatalog skills;

	private final EntityManager entityManager;

	JobProjection(JobSnapshots jobs, JobDocuments documents, CompanyDirectory companies, CategoryCatalog categories,
			SkillCatalog skills, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.jobs = jobs;
		this.documents = documents;
		this.companies = companies;
		this.categories = categories;
		this.skills = skills;
	}

	/**
	 * Brings the copy of one job up to date, in a transaction of its own (so a caller can
	 * try again when a concurrent refresh of the same job won). The copy is read before
	 * the job: a refresh that read an older job than another one then also read an older
	 * copy, and its write fails on the copy's version (or primary key) instead of
	 * overwriting the newer state.
	 * @return the version of the copy written; empty when the job is not searchable now
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Optional<Long> refresh(UUID jobId) {
		Optional<JobDocument> existing = documents.findById(jobId);
		Optional<JobSnapshots.Snapshot> found = jobs.find(jobId).filter(JobSnapshots.Snapshot::isPublished);
		Optional<CompanySummary> company = found.flatMap((job) -> companies.find(job.companyId()));
		if (found.isEmpty() || company.isEmpty()) {
			existing.ifPresent(documents::delete);
			// through the repository, so a conflict comes out as Spring's exception
			documents.flush();
			return Optional.empty();
		}
		JobDocument document = existing.orElseGet(() -> new JobDocument(jobId));
		document.copy(fields(found.get(), company.get()));
		if (existing.isEmpty()) {
			// persisted, not merged: a concurrent first copy is a key conflict to retry
			entityManager.persist(document);
		}
		documents.flush();
		return Optional.ofNullable(document.version());
	}

	/** The version of the job's copy as committed now; empty when it has none. */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	Optional<Long> version(UUID jobId) {
		return documents.findVersion(jobId);
	}

	/**
	 * Indexes the job's copy as it is now, unchanged, or removes the job from the index
	 * when it has no copy.
	 * @return the version indexed
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Optional<Long> reindex(UUID jobId) {
		Optional<JobDocument> copy = documents.findById(jobId);
		var plan = Search.session(entityManager).indexingPlan();
		if (copy.isPresent()) {
			plan.addOrUpdate(copy.get());
		}
		else {
			plan.purge(JobDocument.class, jobId, null);
		}
		return copy.map(JobDocument::version);
	}

	/** The ids of published jobs after {@code after}, for a rebuild in batches. */
	@Transactional(readOnly = true)
	List<UUID> publishedIds(@Nullable UUID after, int limit) {
		return jobs.publishedIds(after, limit);
	}

	/**
	 * Copies a batch of jobs for a rebuild, in one transaction and a few queries, without
	 * indexing them one by one: the mass indexer that follows indexes the whole table.
	 * Jobs no longer published lose their copy.
	 * @return the ids of the jobs that are searchable now
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Set<UUID> copyForRebuild(List<UUID> jobIds) {
		Search.session(entityManager).indexingPlanFilter((filter) -> filter.exclude(JobDocument.class));
		// the copies before the jobs, as in refresh
		Map<UUID, JobDocument> copies = documents.findAllById(jobIds)
			.stream()
			.collect(Collectors.toMap(JobDocument::id, Function.identity()));
		List<JobSnapshots.Snapshot> published = jobs.findAll(jobIds)
			.stream()
			.filter(JobSnapshots.Snapshot::isPublished)
			.toList();
		Map<UUID, CompanySummary> owners = companies
			.findAll(published.stream().map(JobSnapshots.Snapshot::companyId).collect(Collectors.toSet()));
		Map<UUID, CategoryRef> categoryNames = categories
			.findAll(published.stream().map(JobSnapshots.Snapshot::categoryId).collect(Collectors.toSet()));
		Map<UUID, SkillRef> skillNames = skills.findAll(published.stream()
			.flatMap((job) -> job.skills().stream().map(JobSnapshots.Skill::skillId))
			.collect(Collectors.toSet()));
		Set<UUID> searchable = new HashSet<>();
		for (JobSnapshots.Snapshot job : published) {
			CompanySummary company = owners.get(job.companyId());
			if (company != null) {
				JobDocument copy = copies.get(job.id());
				JobFields fields = fields(job, company, categoryNames.get(job.categoryId()), skillNames);
				if (copy == null) {
					// persist, not save: save merges, which reads every new copy back
					// first
					copy = new JobDocument(job.id());
					copy.copy(fields);
					entityManager.persist(copy);
				}
				else {
					copy.copy(fields);
				}
				searchable.add(job.id());
			}
		}
		copies.values().stream().filter((copy) -> !searchable.contains(copy.id())).forEach(documents::delete);
		return searchable;
	}

	private JobFields fields(JobSnapshots.Snapshot job, CompanySummary company) {
		return fields(job, company, categories.find(job.categoryId()).orElse(null),
				skills.findAll(Set.copyOf(job.skills().stream().map(JobSnapshots.Skill::skillId).toList())));
	}

	private JobFields fields(JobSnapshots.Snapshot job, CompanySummary company, @Nullable CategoryRef category,
			Map<UUID, SkillRef> names) {
		List<IndexedSkill> indexed = job.skills().stream().map((skill) -> {
			SkillRef ref = names.get(skill.skillId());
			return new IndexedSkill((ref != null) ? ref.id() : skill.skillId(), (ref != null) ? ref.name() : "",
					skill.level(), skill.isRequired(), skill.yearsRequired());
		}).toList();
		return new JobFields(job, company.name(), company.type(), company.facilityType(),
				(category != null) ? category.name() : null, indexed);
	}

}
