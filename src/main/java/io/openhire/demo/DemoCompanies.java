package io.openhire.demo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import io.openhire.demo.Reference.City;
import io.openhire.shared.Ids;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Companies, each with an owner (and every fourth with a recruiter too) who has an
 * employer account and profile. A third are hospitals and clinics; most are verified, so
 * their jobs are published without review.
 */
final class DemoCompanies {

	private static final List<String> TYPES = List.of("company", "company", "company", "hospital", "clinic", "clinic",
			"agency", "nonprofit", "government");

	private static final List<String> SIZES = List.of("1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000",
			"5001+");

	private final Random random;

	private final DemoText text;

	private final DemoPeople people;

	private final Set<String> takenNames;

	private final RowBatch companies;

	private final RowBatch members;

	DemoCompanies(JdbcTemplate jdbc, Random random, DemoText text, DemoPeople people, Set<String> takenNames) {
		this.random = random;
		this.text = text;
		this.people = people;
		this.takenNames = new HashSet<>(takenNames);
		this.companies = new RowBatch(jdbc, "companies", "id", "name", "name_key", "slug", "type", "facility_type",
				"bed_capacity", "description", "industry", "industry_key", "size", "website", "email", "hq_city",
				"hq_city_key", "hq_region", "hq_country", "hq_latitude", "hq_longitude", "founded_year", "benefits",
				"social_links", "verification_status", "verified_at", "average_rating", "review_count", "open_jobs",
				"created_at", "updated_at", "version");
		this.members = new RowBatch(jdbc, "company_members", "id", "company_id", "user_id", "member_role", "joined_at");
	}

	/**
	 * Collects one company with its members; {@link #flush()} writes what was collected.
	 */
	SeededCompany add(City city, OffsetDateTime now) {
		String type = TYPES.get(this.random.nextInt(TYPES.size()));
		String name = uniqueName(this.text.companyName(type, city.name()), city);
		UUID id = Ids.newId();
		boolean medical = type.equals("hospital") || type.equals("clinic");
		@Nullable String facility = medical ? List.of("public", "private", "specialty").get(this.random.nextInt(3)) : null;
		boolean verified = this.random.nextInt(10) < 8;
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		String industry = medical ? "Healthcare" : null;
		OffsetDateTime created = now.minusDays(60 + this.random.nextInt(600));
		this.companies.add(id, name, name.toLowerCase(Locale.ROOT), slug + "-" + id.toString().substring(30), type,
				facility, type.equals("hospital") ? 50 + this.random.nextInt(900) : null, this.text.catchPhrase() + ".",
				industry, (industry != null) ? industry.toLowerCase(Locale.ROOT) : null,
				SIZES.get(this.random.nextInt(SIZES.size())), "https://www." + slug + ".example",
				"jobs@" + slug + ".example", city.name(), city.name().toLowerCase(Locale.ROOT), city.region(),
				city.country(), city.latitude(), city.longitude(), 1900 + this.random.nextInt(125), "[]", "{}",
				verified ? "verified" : "unverified", verified ? created.plusDays(2) : null, 0.0, 0, 0, created,
				created, 0);
		UUID owner = this.people.employer(created);
		this.members.add(Ids.newId(), id, owner, "owner", created);
		if (this.random.nextInt(4) == 0) {
			this.members.add(Ids.newId(), id, this.people.employer(created), "recruiter", created.plusDays(1));
		}
		return new SeededCompany(id, name, type, facility, city, owner, verified);
	}

	private String uniqueName(String name, City city) {
		String candidate = name;
		for (int n = 2; !this.takenNames.add(candidate.toLowerCase(Locale.ROOT)); n++) {
			candidate = name + " " + ((n == 2) ? city.name() : city.name() + " " + n);
		}
		return candidate;
	}

	void flush() {
		this.companies.flush();
		this.members.flush();
	}

	List<RowBatch> batches() {
		return new ArrayList<>(List.of(this.companies, this.members));
	}

	record SeededCompany(UUID id, String name, String type, @Nullable String facilityType, City city, UUID ownerId,
			boolean verified) {
	}

}
