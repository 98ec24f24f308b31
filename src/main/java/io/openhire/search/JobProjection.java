package io.openhire.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.openhire.catalog.CategoryCatalog;
import io.openhire.catalog.CategoryRef;
import io.openhire.catalog.SkillCatalog;
import io.openhire.catalog.SkillRef;
import io.openhire.companies.CompanyDirectory;
import io.openhire.companies.CompanySummary;
import io.openhire.jobs.JobSnapshots;
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

	JobProjection(JobSnapshots jobs, JobDocuments documents, CompanyDirectory companies, CategoryCatalog categories,
			SkillCatalog skills) {
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
		JobDocument document = documents.findById(jobId).orElseGet(() -> new JobDocument(jobId));
		document.copy(fields(job, company.get()));
		documents.saveAndFlush(document);
		return true;
	}

	/** The ids of published jobs after {@code after}, for a rebuild in batches. */
	@Transactional(readOnly = true)
	List<UUID> publishedIds(@Nullable UUID after, int limit) {
		return jobs.publishedIds(after, limit);
	}

	private JobFields fields(JobSnapshots.Snapshot job, CompanySummary company) {
		CategoryRef category = categories.find(job.categoryId()).orElse(null);
		Map<UUID, SkillRef> names = skills
			.findAll(Set.copyOf(job.skills().stream().map(JobSnapshots.Skill::skillId).toList()));
		List<IndexedSkill> indexed = job.skills().stream().map((skill) -> {
			SkillRef ref = names.get(skill.skillId());
			return new IndexedSkill((ref != null) ? ref.id() : skill.skillId(), (ref != null) ? ref.name() : "",
					skill.level(), skill.isRequired(), skill.yearsRequired());
		}).toList();
		return new JobFields(job, company.name(), company.type(), company.facilityType(),
				(category != null) ? category.name() : null, indexed);
	}

}
