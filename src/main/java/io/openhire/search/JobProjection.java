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
	 * try again when a concurrent first copy of the same job won).
	 * @return whether the job is searchable now
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	boolean refresh(UUID jobId) {
		Optional<JobSnapshots.Snapshot> found = jobs.find(jobId).filter(JobSnapshots.Snapshot::isPublished);
		Optional<CompanySummary> company = found.flatMap((job) -> companies.find(job.companyId()));
		if (found.isEmpty() || company.isEmpty()) {
			documents.findById(jobId).ifPresent(documents::delete);
			return false;
		}
		JobSnapshots.Snapshot job = found.get();
		Optional<JobDocument> existing = documents.findById(jobId);
		JobDocument document = existing.orElseGet(() -> new JobDocument(jobId));
		document.copy(fields(job, company.get()));
		if (existing.isEmpty()) {
			// persisted, not merged: a concurrent first copy is a key conflict to retry
			entityManager.persist(document);
		}
		// through the repository, so a conflict comes out as Spring's exception
		documents.flush();
		return true;
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
		Map<UUID, JobDocument> copies = documents.findAllById(jobIds)
			.stream()
			.collect(Collectors.toMap(JobDocument::id, Function.identity()));
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
