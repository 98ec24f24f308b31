package io.openhire.search;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.openhire.profiles.CandidateFilter;
import io.openhire.profiles.CandidateSearchIndex;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code GET /candidates} on the candidate index, for the profiles module:
 * <ul>
 * <li>every word of {@code q} must match (two of three for longer queries) in the
 * headline (weight 4), desired role (3), skill names (3), experience job titles (2) or
 * bio (1), with the job search's typo allowance for words of letters only (a word with a
 * digit, such as a version or a code, must match exactly); the words as a phrase in the
 * headline add to the score;</li>
 * <li>the filters select without scoring; private profiles only for admins;</li>
 * <li>best match first, then the most recently updated (the only order without
 * {@code q}).</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
class CandidateSearch implements CandidateSearchIndex {

	private static final List<String> READY = List.of("available", "open");

	private final EntityManager entityManager;

	CandidateSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Hits search(CandidateFilter filter, int offset, int limit) {
		List<String> words = (filter.q() != null) ? JobQuery.words(filter.q()) : List.of();
		SearchSession session = Search.session(entityManager);
		SearchScope<CandidateDocument> scope = session.scope(CandidateDocument.class);
		SearchResult<UUID> result = session.search(scope)
			.select((f) -> f.id(UUID.class))
			.where(where(scope.predicate(), filter, words))
			.sort((s) -> words.isEmpty() ? s.field("updated_at").desc().then().field("id_key").desc()
					: s.score().then().field("updated_at").desc().then().field("id_key").desc())
			.fetch(offset, limit);
		return new Hits(result.total().hitCount(), result.hits());
	}

	static SearchPredicate where(SearchPredicateFactory f, CandidateFilter filter, List<String> words) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		if (words.isEmpty()) {
			bool.must(f.matchAll());
		}
		else {
			bool.must(text(f, words));
			if (words.size() > 1) {
				bool.should(f.phrase().field("headline").matching(String.join(" ", words)).slop(1).boost(2f));
			}
		}
		if (!filter.includePrivate()) {
			bool.filter(f.not(f.match().field("visibility").matching("private")));
		}
		for (UUID skill : filter.skills()) {
			var held = f.nested("skills").add(f.match().field("skills.id").matching(skill));
			if (filter.minLevel() != null) {
				held.add(f.range().field("skills.level").atLeast(filter.minLevel()));
			}
			bool.filter(held);
		}
		if (filter.location() != null && !filter.location().isBlank()) {
			String place = JobFields.key(filter.location());
			bool.filter(
					f.or(f.prefix().field("city_key").matching(place), f.prefix().field("region_key").matching(place),
							f.match().field("country").matching(place.toUpperCase(Locale.ROOT))));
		}
		if (filter.area() != null) {
			CandidateFilter.Area area = filter.area();
			bool.filter(f.spatial()
				.within()
				.field("location")
				.circle(area.latitude(), area.longitude(), area.radiusKm(), DistanceUnit.KILOMETERS));
		}
		if (filter.minExperienceYears() != null) {
			bool.filter(f.range().field("years_of_experience").atLeast(filter.minExperienceYears()));
		}
		if (filter.available() != null) {
			var ready = f.terms().field("availability").matchingAny(READY);
			bool.filter(filter.available() ? ready : f.not(ready));
		}
		if (filter.openToRemote() != null) {
			bool.filter(f.match().field("open_to_remote").matching(filter.openToRemote()));
		}
		return bool.toPredicate();
	}

	private static SearchPredicate text(SearchPredicateFactory f, List<String> words) {
		BooleanPredicateClausesStep<?, ?> all = f.bool();
		for (String word : words) {
			var match = f.match()
				.field("headline")
				.boost(4f)
				.field("desired_role")
				.boost(3f)
				.field("skill_names")
				.boost(3f)
				.field("experience_titles")
				.boost(2f)
				.field("bio")
				.matching(word);
			int edits = word.chars().anyMatch(Character::isDigit) ? 0 : JobPredicates.edits(word);
			all.should((edits > 0) ? match.fuzzy(edits, 1) : match);
		}
		int required = (words.size() <= 2) ? words.size() : (int) Math.ceil(words.size() * 2 / 3.0);
		return all.minimumShouldMatchNumber(required).toPredicate();
	}

}
