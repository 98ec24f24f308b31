package io.openhire.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.openhire.catalog.CategoryCatalog;
import io.openhire.catalog.SkillCatalog;
import io.openhire.catalog.SkillRef;
import io.openhire.companies.CompanySummary;
import io.openhire.shared.ApiProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks a job's fields beyond their annotations and turns them into what the entity
 * stores: rich text sanitized, skills resolved to catalog ids. Every broken field is
 * reported at once (400 {@code validation_failed}).
 */
@Component
class JobRules {

	/** Fields ready for the entity. */
	record Checked(JobDetails details, String companyType, @Nullable String companyFacilityType, List<JobSkill> skills,
			boolean featured) {

	}

	private final SkillCatalog skillCatalog;

	private final CategoryCatalog categories;

	JobRules(SkillCatalog skillCatalog, CategoryCatalog categories) {
		this.skillCatalog = skillCatalog;
		this.categories = categories;
	}

	/**
	 * @param featuredByAdmin whether the caller may set {@code is_featured}; others keep
	 * {@code currentFeatured}
	 */
	Checked check(JobDetails details, CompanySummary company, boolean featuredByAdmin, boolean currentFeatured,
			Instant now) {
		return check(details, company, featuredByAdmin, currentFeatured, now, lookups());
	}

	/** Catalog answers to share across the jobs of one import chunk. */
	Lookups lookups() {
		return new Lookups();
	}

	/**
	 * As {@link #check(JobDetails, CompanySummary, boolean, boolean, Instant)}, with the
	 * catalog's answers remembered in {@code lookups} across many jobs (an import).
	 */
	Checked check(JobDetails details, CompanySummary company, boolean featuredByAdmin, boolean currentFeatured,
			Instant now, Lookups lookups) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		if (!lookups.categoryExists(details.categoryId())) {
			error(errors, "category_id", "No such category.");
		}
		String description = RichText.sanitize(details.description());
		if (description == null) {
			error(errors, "description", "Must have text once unsafe HTML is removed.");
		}
		Integer min = details.salaryMin();
		Integer max = details.salaryMax();
		if (min != null && max != null && min > max) {
			error(errors, "salary_max", "Must not be less than salary_min.");
		}
		if ((min != null || max != null) && details.salaryCurrency() == null) {
			error(errors, "salary_currency", "Required with a salary.");
		}
		if (details.applicationDeadline() != null && !details.applicationDeadline().isAfter(now)) {
			error(errors, "application_deadline", "Must lie in the future.");
		}
		if (details.expiresAt() != null && !details.expiresAt().isAfter(now)) {
			error(errors, "expires_at", "Must lie in the future.");
		}
		checkQuestions(details.questions(), errors);
		List<JobSkill> skills = skills(details.skills(), errors, lookups);
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		JobDetails clean = new JobDetails(details.companyId(), details.categoryId(), details.title().strip(),
				description, RichText.sanitize(details.requirements()), RichText.sanitize(details.responsibilities()),
				RichText.sanitize(details.benefits()), details.location(), details.remoteOption(), details.jobType(),
				details.experienceLevel(), details.minExperienceYears(), min, max,
				(details.salaryCurrency() != null) ? details.salaryCurrency().toUpperCase(Locale.ROOT) : null,
				details.salaryPeriod(), details.skills(),
				(details.qualifications() != null)
						? details.qualifications().stream().map(String::strip).distinct().toList() : List.of(),
				details.openings(), details.questions(), details.assessmentId(), details.applicationDeadline(),
				details.expiresAt(), details.isFeatured());
		boolean featured = featuredByAdmin ? Boolean.TRUE.equals(details.isFeatured()) : currentFeatured;
		return new Checked(clean, company.type(), company.facilityType(), skills, featured);
	}

	private static void checkQuestions(@Nullable List<JobDetails.QuestionItem> questions,
			Map<String, List<String>> errors) {
		if (questions == null) {
			return;
		}
		for (int i = 0; i < questions.size(); i++) {
			JobDetails.QuestionItem question = questions.get(i);
			int options = (question.options() != null) ? question.options().size() : 0;
			if (question.type() == QuestionType.SINGLE_CHOICE && options < 2) {
				error(errors, "questions[" + i + "].options", "A single_choice question needs at least 2 options.");
			}
			else if (question.type() != QuestionType.SINGLE_CHOICE && options > 0) {
				error(errors, "questions[" + i + "].options", "Only single_choice questions have options.");
			}
		}
	}

	/**
	 * Skills by id (which must be known to the catalog) or by name (an unknown name
	 * becomes a pending catalog skill); a skill named twice is kept once.
	 */
	private List<JobSkill> skills(@Nullable List<JobDetails.SkillItem> items, Map<String, List<String>> errors,
			Lookups lookups) {
		if (items == null || items.isEmpty()) {
			return List.of();
		}
		Set<UUID> ids = new HashSet<>();
		for (JobDetails.SkillItem item : items) {
			if (item.skillId() != null) {
				ids.add(item.skillId());
			}
		}
		Map<UUID, SkillRef> known = skillCatalog.findAll(ids);
		List<JobSkill> skills = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			JobDetails.SkillItem item = items.get(i);
			boolean byId = item.skillId() != null;
			boolean byName = item.name() != null && !item.name().isBlank();
			if (byId == byName) {
				error(errors, "skills[" + i + "]", "Give either skill_id or name.");
				continue;
			}
			SkillRef skill = byId ? known.get(item.skillId()) : lookups.skill(item.name());
			if (skill == null) {
				error(errors, "skills[" + i + "].skill_id", "No such skill.");
				continue;
			}
			if (seen.add(skill.id())) {
				skills.add(new JobSkill(skill.id(), item.level(), !Boolean.FALSE.equals(item.isRequired()),
						item.yearsRequired()));
			}
		}
		return skills;
	}

	/**
	 * Categories and skill names looked up once for many jobs: an import's rows mostly
	 * share them.
	 */
	final class Lookups {

		private final Map<UUID, Boolean> categoryExists = new HashMap<>();

		private final Map<String, SkillRef> skillsByName = new HashMap<>();

		boolean categoryExists(UUID id) {
			return categoryExists.computeIfAbsent(id, (key) -> categories.find(key).isPresent());
		}

		SkillRef skill(String name) {
			SkillRef known = skillsByName.get(name);
			if (known == null) {
				known = skillCatalog.resolve(name);
				skillsByName.put(name, known);
			}
			return known;
		}

	}

	private static void error(Map<String, List<String>> errors, String field, String message) {
		errors.computeIfAbsent(field, (key) -> new ArrayList<>()).add(message);
	}

}
