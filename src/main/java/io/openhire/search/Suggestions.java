package io.openhire.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * {@code GET /jobs/search/suggest}: titles, skills, companies and cities of open jobs
 * whose words start with what was typed (one typo allowed from 4 letters on, the first
 * letter right), ranked by how many open jobs carry them, from the
 * {@link SuggestionCatalog} in memory.
 */
@Service
class Suggestions {

	/** A suggestion with how many open jobs have it. */
	record Suggestion(String text, String type) {

	}

	private final SuggestionCatalog catalog;

	Suggestions(SuggestionCatalog catalog) {
		this.catalog = catalog;
	}

	List<Suggestion> suggest(String typed, int limit) {
		List<String> words = JobQuery.words(typed);
		if (words.isEmpty()) {
			return List.of();
		}
		List<Suggestion> found = new ArrayList<>();
		for (SuggestionCatalog.Entry entry : catalog.startingWith(words.get(0).charAt(0))) {
			if (matchesWords(entry.words(), words)) {
				found.add(new Suggestion(entry.text(), entry.type()));
				if (found.size() == limit) {
					break;
				}
			}
		}
		return found;
	}

	/**
	 * Whether every typed word starts a word of the value, one typo allowed from 4
	 * letters on (a job's other skills come with its matching one and are dropped here).
	 */
	static boolean matches(String value, List<String> typed) {
		return matchesWords(JobQuery.words(value), typed);
	}

	private static boolean matchesWords(List<String> words, List<String> typed) {
		return typed.stream()
			.allMatch((t) -> words.stream()
				.anyMatch((w) -> w.startsWith(t) || (t.length() >= 4
						&& Edits.distance(w.substring(0, Math.min(w.length(), t.length())), t) <= 1)));
	}

}
