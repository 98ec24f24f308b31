package io.openhire.demo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.openhire.demo.DemoCompanies.SeededCompany;
import io.openhire.demo.Reference.Category;
import io.openhire.demo.Reference.City;
import io.openhire.demo.Reference.Skill;
import io.openhire.shared.Ids;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jobs of the demo companies: hospitals and clinics post healthcare jobs, the others any
 * category; most are published (verified companies) and open for one to three months, the
 * rest drafts, awaiting review, closed or archived. Salaries in the currency of the job's
 * country. Jobs that were ever published get their applicants ({@link DemoApplications}).
 */
final class DemoJobs {

	private static final Map<String, String> CURRENCIES = Map.of("NL", "EUR", "US", "USD", "GB", "GBP", "IN", "INR");

	private static final Map<String, Integer> YEARLY_BASE = Map.of("EUR", 32_000, "USD", 45_000, "GBP", 28_000, "INR",
			450_000);

	private static final List<String> JOB_TYPES = List.of("FULL_TIME", "FULL_TIME", "FULL_TIME", "PART_TIME",
			"CONTRACT", "TEMPORARY", "INTERNSHIP", "FREELANCE");

	private static final List<String> LEVELS = List.of("ENTRY", "MID", "MID", "SENIOR", "LEAD", "EXECUTIVE");

	private final Random random;

	private final DemoText text;

	private final Reference reference;

	private final RowBatch jobs;

	private final RowBatch skills;

	private final RowBatch questions;

	private final DemoApplications applications;

	DemoJobs(JdbcTemplate jdbc, Random random, DemoText text, Reference reference, DemoApplications applications) {
		this.random = random;
		this.applications = applications;
		this.text = text;
		this.reference = reference;
		this.jobs = new RowBatch(jdbc, "jobs", "id", "company_id", "company_type", "company_facility_type",
				"category_id", "title", "description", "requirements", "responsibilities", "city", "city_key", "region",
				"country", "latitude", "longitude", "remote_option", "job_type", "experience_level",
				"min_experience_years", "salary_min", "salary_max", "salary_currency", "salary_period",
				"qualifications", "openings", "application_deadline", "expires_at", "is_featured", "status",
				"view_count", "application_count", "save_count", "published_at", "created_by", "created_at",
				"updated_at", "version");
		this.skills = new RowBatch(jdbc, "job_skills", "job_id", "list_index", "skill_id", "skill_level", "is_required",
				"years_required");
		this.questions = new RowBatch(jdbc, "job_questions", "job_id", "list_index", "id", "question_text", "type",
				"options", "is_required");
	}

	SeededJob add(SeededCompany company, OffsetDateTime now) {
		Category category = this.reference.pick(this.reference.categories(), this.random);
		if (company.type().equals("hospital") || company.type().equals("clinic")) {
			category = this.reference.healthcareOr(category, this.random);
		}
		String status = status(company);
		City city = (this.random.nextInt(4) == 0) ? this.reference.pick(this.reference.cities(), this.random)
				: company.city();
		String remote = List.of("ON_SITE", "ON_SITE", "ON_SITE", "ON_SITE", "HYBRID", "REMOTE")
			.get(this.random.nextInt(6));
		String level = LEVELS.get(this.random.nextInt(LEVELS.size()));
		int years = LEVELS.indexOf(level) * 2;
		List<Skill> jobSkills = this.reference.skillsFor(category, 2 + this.random.nextInt(5), this.random);
		String title = this.text.jobTitle(category);
		UUID id = Ids.newId();
		// three days old at least: published up to two days after creation, always in the
		// past
		OffsetDateTime created = now.minusDays(3 + this.random.nextInt(73)).minusMinutes(this.random.nextInt(1440));
		boolean everPublished = !status.equals("DRAFT") && !status.equals("PENDING_REVIEW");
		OffsetDateTime published = everPublished ? created.plusHours(1 + this.random.nextInt(48)) : null;
		OffsetDateTime expires = status.equals("PUBLISHED") ? now.plusDays(1 + this.random.nextInt(90))
				: created.plusDays(60);
		OffsetDateTime deadline = (this.random.nextInt(3) == 0) ? expires.minusHours(12) : null;
		String currency = CURRENCIES.getOrDefault(city.country(), "EUR");
		boolean hourly = category.root().equals("Skilled Trades") || category.root().equals("Cleaning and Facilities");
		Integer[] salary = salary(currency, years, hourly);
		int applicants = this.applications.applicantCount(published);
		this.jobs.add(id, company.id(), company.type(), company.facilityType(), category.id(), title,
				this.text.description(title, company.name(), city.name(), jobSkills),
				this.text.requirements(jobSkills, years), this.text.responsibilities(),
				remote.equals("REMOTE") ? null : city.name(),
				remote.equals("REMOTE") ? null : city.name().toLowerCase(Locale.ROOT), city.region(), city.country(),
				remote.equals("REMOTE") ? null : city.latitude(), remote.equals("REMOTE") ? null : city.longitude(),
				remote, JOB_TYPES.get(this.random.nextInt(JOB_TYPES.size())), level, years, salary[0], salary[1],
				(salary[0] != null) ? currency : null, (salary[0] != null) ? (hourly ? "HOURLY" : "YEARLY") : null,
				"[]", 1 + this.random.nextInt(3), deadline, expires, this.random.nextInt(25) == 0, status,
				(published != null) ? this.random.nextInt(800) : 0, applicants, 0, published, company.ownerId(),
				created, (published != null) ? published : created, 0);
		for (int i = 0; i < jobSkills.size(); i++) {
			this.skills.add(id, i, jobSkills.get(i).id(), 3 + this.random.nextInt(6), i < 2, (i < 2) ? years : null);
		}
		String answers = "{}";
		if (this.random.nextInt(3) == 0) {
			UUID permit = Ids.newId();
			UUID experience = Ids.newId();
			this.questions.add(id, 0, permit, "Are you allowed to work in this country?", "YES_NO", "[]", true);
			this.questions.add(id, 1, experience, "How many years have you worked as a " + title + "?", "NUMBER", "[]",
					false);
			answers = "{\"" + permit + "\": true, \"" + experience + "\": " + years + "}";
		}
		SeededJob job = new SeededJob(id, company, status, published, answers);
		this.applications.add(job, applicants, now);
		return job;
	}

	private String status(SeededCompany company) {
		int roll = this.random.nextInt(100);
		if (roll < 4) {
			return "DRAFT";
		}
		if (roll < 8) {
			return "CLOSED";
		}
		if (roll < 10) {
			return "ARCHIVED";
		}
		return company.verified() ? "PUBLISHED" : ((roll < 60) ? "PENDING_REVIEW" : "PUBLISHED");
	}

	private @Nullable Integer[] salary(String currency, int years, boolean hourly) {
		if (this.random.nextInt(5) == 0) {
			return new Integer[] { null, null };
		}
		int yearly = YEARLY_BASE.get(currency) * (100 + years * 8 + this.random.nextInt(30)) / 100;
		int min = hourly ? Math.max(10, yearly / 1900) : yearly / 1000 * 1000;
		int max = hourly ? min + 2 + this.random.nextInt(10) : min + (5 + this.random.nextInt(20)) * 1000;
		return new Integer[] { min, max };
	}

	/** Jobs before what refers to them: skills, questions, applications. */
	void flush() {
		this.jobs.flush();
		this.skills.flush();
		this.questions.flush();
		this.applications.flush();
	}

	List<RowBatch> batches() {
		List<RowBatch> batches = new ArrayList<>(List.of(this.jobs, this.skills, this.questions));
		batches.addAll(this.applications.batches());
		return batches;
	}

	/**
	 * A job as its applications need it.
	 *
	 * @param answers a JSON object answering the job's questions, as an applicant would
	 */
	record SeededJob(UUID id, SeededCompany company, String status, @Nullable OffsetDateTime publishedAt,
			String answers) {
	}

}
