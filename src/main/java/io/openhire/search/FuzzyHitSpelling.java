package io.openhire.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Did-you-mean with the search DSL only (the Elasticsearch/OpenSearch backend): a word no
 * title or skill holds is searched with two typos allowed, and replaced by the word of
 * the best hits' titles and skills that is closest to it (then most frequent among them).
 */
@Component
@ConditionalOnProperty(name = "openhire.search.backend", havingValue = "elasticsearch")
@Transactional(readOnly = true)
class FuzzyHitSpelling implements Spelling {

	private final EntityManager entityManager;

	FuzzyHitSpelling(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Optional<String> suggest(List<String> words) {
		SearchSession session = Search.session(entityManager);
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		for (String word : words) {
			String best = correction(session, word);
			changed |= !best.equals(word);
			corrected.add(best);
		}
		return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
	}

	private static String correction(SearchSession session, String word) {
		if (word.length() < 3 || session.search(JobDocument.class)
			.where((f) -> f.match().fields("title_vocabulary", "skills.name_vocabulary").matching(word))
			.fetchTotalHitCount() > 0) {
			return word;
		}
		List<JobDocument> hits = session.search(JobDocument.class)
			.where((f) -> f.match().fields("title_vocabulary", "skills.name_vocabulary").matching(word).fuzzy(2, 1))
			.fetchHits(20);
		Map<String, Integer> frequency = new HashMap<>();
		for (JobDocument hit : hits) {
			JobQuery.words(hit.title()).forEach((w) -> frequency.merge(w, 1, Integer::sum));
			hit.skills()
				.forEach((skill) -> JobQuery.words(skill.name()).forEach((w) -> frequency.merge(w, 1, Integer::sum)));
		}
		String best = word;
		int bestDistance = 3;
		int bestFrequency = 0;
		for (Map.Entry<String, Integer> entry : frequency.entrySet()) {
			int distance = Edits.distance(word, entry.getKey());
			if (distance < bestDistance || (distance == bestDistance && entry.getValue() > bestFrequency)) {
				best = entry.getKey();
				bestDistance = distance;
				bestFrequency = entry.getValue();
			}
		}
		return (bestDistance <= 2) ? best : word;
	}

}
