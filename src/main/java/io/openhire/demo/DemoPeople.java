package io.openhire.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import io.openhire.demo.Reference.Category;
import io.openhire.demo.Reference.City;
import io.openhire.demo.Reference.Skill;
import io.openhire.shared.Ids;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Accounts with their profiles: employers (made by {@link DemoCompanies}) and candidates
 * with skills that fit a category, living in a catalog city. All share one password hash
 * (bcrypt once, not per row); emails carry the seed run's tag, so seeding twice never
 * collides.
 */
final class DemoPeople {

	private static final List<String> AVAILABILITY = List.of("available", "open", "open", "not_available");

	private static final List<String> JOB_TYPES = List.of("full_time", "part_time", "contract", "temporary");

	private final Random random;

	private final DemoText text;

	private final Reference reference;

	private final String passwordHash;

	private final String runTag;

	private final RowBatch users;

	private final RowBatch employerProfiles;

	private final RowBatch candidateProfiles;

	private final RowBatch candidateSkills;

	private int sequence;

	DemoPeople(JdbcTemplate jdbc, Random random, DemoText text, Reference reference, String passwordHash,
			String runTag) {
		this.random = random;
		this.text = text;
		this.reference = reference;
		this.passwordHash = passwordHash;
		this.runTag = runTag;
		this.users = new RowBatch(jdbc, "users", "id", "email", "email_normalized", "password_hash", "first_name",
				"last_name", "role", "is_active", "is_email_verified", "date_joined", "password_changed_at", "version");
		this.employerProfiles = new RowBatch(jdbc, "employer_profiles", "id", "user_id", "first_name", "last_name",
				"position_title", "created_at", "updated_at", "version");
		this.candidateProfiles = new RowBatch(jdbc, "candidate_profiles", "id", "user_id", "headline", "bio", "city",
				"region", "country", "latitude", "longitude", "years_of_experience", "desired_role",
				"desired_job_types", "availability_status", "open_to_remote", "preferred_locations", "visibility",
				"verification_status", "review_count", "completeness", "created_at", "updated_at", "version");
		this.candidateSkills = new RowBatch(jdbc, "candidate_skills", "id", "profile_id", "skill_id", "level",
				"years_of_experience", "verified_by_assessment", "created_at");
	}

	UUID employer(OffsetDateTime joined) {
		String first = this.text.firstName();
		String last = this.text.lastName();
		UUID id = user(first, last, "employer", joined);
		this.employerProfiles.add(Ids.newId(), id, first, last, "Recruiter", joined, joined, 0);
		return id;
	}

	UUID candidate(OffsetDateTime now) {
		String first = this.text.firstName();
		String last = this.text.lastName();
		OffsetDateTime joined = now.minusDays(this.random.nextInt(400));
		UUID userId = user(first, last, "candidate", joined);
		City city = this.reference.pick(this.reference.cities(), this.random);
		Category category = this.reference.pick(this.reference.categories(), this.random);
		String role = this.text.jobTitle(category);
		int years = this.random.nextInt(25);
		UUID profileId = Ids.newId();
		this.candidateProfiles.add(profileId, userId, role + " in " + city.name(),
				"Experienced " + role.toLowerCase(Locale.ROOT) + ". " + this.text.catchPhrase() + ".", city.name(),
				city.region(), city.country(), city.latitude(), city.longitude(), years, role,
				"[\"" + JOB_TYPES.get(this.random.nextInt(JOB_TYPES.size())) + "\"]",
				AVAILABILITY.get(this.random.nextInt(AVAILABILITY.size())), this.random.nextBoolean(), "[]",
				this.random.nextInt(5) == 0 ? "private" : "employers", "unverified", 0, 55 + this.random.nextInt(40),
				joined, joined, 0);
		for (Skill skill : this.reference.skillsFor(category, 3 + this.random.nextInt(6), this.random)) {
			this.candidateSkills.add(Ids.newId(), profileId, skill.id(), 1 + this.random.nextInt(10),
					this.random.nextInt(Math.max(1, years + 1)), false, joined);
		}
		return userId;
	}

	private UUID user(String first, String last, String role, OffsetDateTime joined) {
		UUID id = Ids.newId();
		String email = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "." + this.runTag
				+ (++this.sequence) + "@demo.openhire.test";
		this.users.add(id, email, email, this.passwordHash, first, last, role, true, true, joined, joined, 0);
		return id;
	}

	/** Accounts first: profiles, companies' members and jobs name them. */
	void flushAccounts() {
		this.users.flush();
		this.employerProfiles.flush();
	}

	void flushCandidates() {
		this.users.flush();
		this.candidateProfiles.flush();
		this.candidateSkills.flush();
	}

	List<RowBatch> batches() {
		return List.of(this.users, this.employerProfiles, this.candidateProfiles, this.candidateSkills);
	}

}
