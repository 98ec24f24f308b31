package io.openhire.jobs;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.openhire.catalog.CategoryCatalog;
import io.openhire.catalog.CategoryRef;
import io.openhire.catalog.SkillCatalog;
import io.openhire.catalog.SkillRef;
import io.openhire.companies.CompanyDirectory;
import io.openhire.companies.CompanySummary;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Builds job views with what other modules know about their company, category and skills,
 * asking each module once for a whole page.
 */
@Component
class JobViews {

	private final CompanyDirectory companies;

	private final CategoryCatalog categories;

	private final SkillCatalog skills;

	JobViews(CompanyDirectory companies, CategoryCatalog categories, SkillCatalog skills) {
		this.companies = companies;
		this.categories = categories;
		this.skills = skills;
	}

	JobView detail(Job job) {
		return detail(job, related(List.of(job)));
	}

	/** Details of many jobs, asking other modules once for all of them. */
	List<JobView> details(List<Job> jobs) {
		Related related = related(jobs);
		return jobs.stream().map((job) -> detail(job, related)).toList();
	}

	private JobView detail(Job job, Related related) {
		return new JobView(job.id(), job.title(), job.description(), job.requirements(), job.responsibilities(),
				job.benefits(), related.companies().get(job.companyId()), related.category(job),
				(job.location() != null) ? job.location().details() : null, job.remoteOption(), job.jobType(),
				job.experienceLevel(), job.minExperienceYears(), job.salaryMin(), job.salaryMax(), job.salaryCurrency(),
				job.salaryPeriod(), related.skills(job), job.qualifications(), job.openings(),
				job.questions()
					.stream()
					.map((q) -> new JobView.Question(q.id(), q.text(), q.type(), q.options(), q.isRequired()))
					.toList(),
				job.assessmentId(), job.applicationDeadline(), job.expiresAt(), job.isFeatured(), job.status(),
				job.reviewNote(), job.viewCount(), job.applicationCount(), job.saveCount(), job.publishedAt(),
				job.createdAt(), job.updatedAt());
	}

	List<JobSummary> summaries(List<Job> jobs) {
		Related related = related(jobs);
		return jobs.stream()
			.map((job) -> new JobSummary(job.id(), job.title(), related.companies().get(job.companyId()),
					related.category(job), (job.location() != null) ? job.location().details() : null,
					job.remoteOption(), job.jobType(), job.experienceLevel(), job.salaryMin(), job.salaryMax(),
					job.salaryCurrency(), job.salaryPeriod(), related.skills(job), job.applicationDeadline(),
					job.expiresAt(), job.isFeatured(), job.status(), job.publishedAt(), job.createdAt()))
			.toList();
	}

	private Related related(Collection<Job> jobs) {
		Set<UUID> companyIds = new HashSet<>();
		Set<UUID> categoryIds = new HashSet<>();
		Set<UUID> skillIds = new HashSet<>();
		for (Job job : jobs) {
			companyIds.add(job.companyId());
			categoryIds.add(job.categoryId());
			job.skills().forEach((skill) -> skillIds.add(skill.skillId()));
		}
		return new Related(companies.findAll(companyIds), categories.findAll(categoryIds), skills.findAll(skillIds));
	}

	private record Related(Map<UUID, CompanySummary> companies, Map<UUID, CategoryRef> categories,
			Map<UUID, SkillRef> skillRefs) {

		JobView.@Nullable CategoryItem category(Job job) {
			CategoryRef ref = categories.get(job.categoryId());
			return (ref != null) ? new JobView.CategoryItem(ref.id(), ref.name()) : null;
		}

		List<JobView.SkillItem> skills(Job job) {
			return job.skills().stream().map((skill) -> {
				SkillRef ref = skillRefs.get(skill.skillId());
				JobView.SkillName name = (ref != null) ? new JobView.SkillName(ref.id(), ref.name())
						: new JobView.SkillName(skill.skillId(), "");
				return new JobView.SkillItem(name, skill.level(), skill.isRequired(), skill.yearsRequired());
			}).toList();
		}

	}

}
