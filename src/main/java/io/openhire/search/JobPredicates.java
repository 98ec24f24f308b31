package io.openhire.search;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateOptionsStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;

/**
 * The predicates of a job search, in the Hibernate Search DSL (so both backends run them
 * alike) but for the recency boost ({@link RecencyBoost}):
 * <ul>
 * <li>every word of {@code q} must match (two of three for longer queries) in some text
 * of the job: {@code text} (title, description and skill names, stemmed in English),
 * {@code text_nl} (title and description, stemmed in Dutch, weight 0.5) or
 * {@code company_name} (0.5); where it matches scores: {@code text} is the description's
 * weight, a match in the title adds 3 ({@code title}) and in a skill 2
 * ({@code skills.name}), so title &gt; skills &gt; description &gt; company (API.md);
 * when {@code typos} is set, with typos allowed by word length: none up to 3 letters, one
 * up to 6, two beyond ({@link JobSearch} asks for that only when the words as written
 * find too little: a fuzzy word expands to up to 50 terms per field);</li>
 * <li>boosts, which add to the score but select nothing: the words as a phrase in title
 * or description (×3), recency ({@link RecencyBoost}: 2 for a job published this hour, 1
 * at a week, 0.4 at a month), featured (2);</li>
 * <li>filters, which select but do not score: open now (neither expired nor past the
 * application deadline, see {@link #open}), and each {@code GET /jobs} filter.</li>
 * </ul>
 * Five postings lists per word (three that select, two that only score) keep a search of
 * a common word cheap: every hit is visited and scored, since many share the best score.
 * Times are rounded so that the same search asked again is the same Lucene query.
 */
final class JobPredicates {

	/** How finely searches tell open jobs from expired ones. */
	static final Duration OPEN_STEP = Duration.ofSeconds(10);

	private JobPredicates() {
	}

	static SearchPredicate where(SearchPredicateFactory f, JobQuery query, Instant now, boolean typos,
			RecencyBoost recency) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		if (query.hasText()) {
			bool.must(matching(f, query.words(), typos));
			for (String word : query.words()) {
				bool.should(typos(f.match().field("title").matching(word), word, typos).boost(3f));
				bool.should(typos(f.match().field("skills.name").matching(word), word, typos).boost(2f));
			}
			if (query.words().size() > 1) {
				bool.should(f.phrase().field("title").field("description").matching(query.text()).slop(2).boost(3f));
			}
		}
		else {
			bool.must(f.matchAll());
		}
		bool.should(recency.at(f, now));
		bool.should(f.match().field("featured").matching(true).boost(2f));
		filters(f, bool, query, now);
		return bool.toPredicate();
	}

	/** Only filters: the set a query's facets count over. */
	static void filters(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, JobQuery query, Instant now) {
		bool.filter(open(f, now));
		if (!query.companies().isEmpty()) {
			bool.filter(f.terms().field("company").matchingAny(query.companies()));
		}
		if (!query.categories().isEmpty()) {
			bool.filter(f.terms().field("category").matchingAny(query.categories()));
		}
		if (!query.jobTypes().isEmpty()) {
			bool.filter(f.terms().field("job_type").matchingAny(query.jobTypes()));
		}
		if (!query.experienceLevels().isEmpty()) {
			bool.filter(f.terms().field("experience_level").matchingAny(query.experienceLevels()));
		}
		if (!query.remoteOptions().isEmpty()) {
			bool.filter(f.terms().field("remote_option").matchingAny(query.remoteOptions()));
		}
		if (!query.skills().isEmpty()) {
			bool.filter(f.terms().field("skills.id").matchingAny(query.skills()));
		}
		if (query.location() != null) {
			String place = query.location();
			bool.filter(f.or(f.match().field("city_key").matching(JobFields.key(place)),
					f.match().field("country").matching(place.toUpperCase(Locale.ROOT))));
		}
		if (query.salaryMin() != null) {
			bool.filter(f.range().field("salary_top").atLeast(query.salaryMin()));
		}
		if (query.salaryMax() != null) {
			bool.filter(f.range().field("salary_min").atMost(query.salaryMax()));
		}
		if (query.currency() != null) {
			bool.filter(f.match().field("currency").matching(query.currency()));
		}
		if (query.facilityType() != null) {
			bool.filter(f.match().field("facility_type").matching(query.facilityType()));
		}
		if (query.companyType() != null) {
			bool.filter(f.match().field("company_type").matching(query.companyType()));
		}
		if (query.postedWithinDays() != null) {
			bool.filter(f.range()
				.field("published_at")
				.atLeast(now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(query.postedWithinDays()))));
		}
		if (query.featured() != null) {
			bool.filter(f.match().field("featured").matching(query.featured()));
		}
		if (query.area() != null) {
			JobQuery.Area area = query.area();
			bool.filter(f.spatial()
				.within()
				.field("location")
				.circle(area.latitude(), area.longitude(), area.radiusKm(), DistanceUnit.KILOMETERS));
		}
	}

	/**
	 * Neither expired nor past its application deadline at {@code now} rounded up to the
	 * next {@link #OPEN_STEP}: a job leaves the results up to that much before its
	 * moment, never after it, and the predicate stays the same for every search in the
	 * step, so Lucene's query cache can keep its matches.
	 */
	static SearchPredicate open(SearchPredicateFactory f, Instant now) {
		return f.not(f.range().field("open_until").atMost(openStep(now))).toPredicate();
	}

	static Instant openStep(Instant now) {
		long step = OPEN_STEP.toMillis();
		return Instant.ofEpochMilli(Math.ceilDiv(now.toEpochMilli(), step) * step);
	}

	/**
	 * Which jobs the words select, and how well they match outside title and skills: each
	 * word in {@code text}, {@code text_nl} or {@code company_name}; all words for up to
	 * two, two of three beyond.
	 */
	private static SearchPredicate matching(SearchPredicateFactory f, List<String> words, boolean typos) {
		BooleanPredicateClausesStep<?, ?> all = f.bool();
		for (String word : words) {
			all.should(typos(f.match()
				.field("text")
				.field("text_nl")
				.boost(0.5f)
				.field("company_name")
				.boost(0.5f)
				.matching(word), word, typos));
		}
		int required = (words.size() <= 2) ? words.size() : (int) Math.ceil(words.size() * 2 / 3.0);
		return all.minimumShouldMatchNumber(required).toPredicate();
	}

	private static MatchPredicateOptionsStep<?> typos(MatchPredicateOptionsStep<?> match, String word, boolean typos) {
		int edits = typos ? edits(word) : 0;
		return (edits > 0) ? match.fuzzy(edits, 1) : match;
	}

	/** Typos allowed in a word: none up to 3 letters, one up to 6, two beyond. */
	static int edits(String word) {
		if (word.length() <= 3) {
			return 0;
		}
		return (word.length() <= 6) ? 1 : 2;
	}

}
