package io.openhire.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Did-you-mean on the Lucene backend: Lucene's {@link DirectSpellChecker} over the
 * unstemmed words of titles ({@code title_vocabulary}) and skills
 * ({@code skills.name_vocabulary}); a word found in neither is replaced by the candidate
 * within two edits that the most jobs use.
 */
@Component
@ConditionalOnProperty(name = "openhire.search.backend", havingValue = "lucene", matchIfMissing = true)
class LuceneSpelling implements Spelling {

	static final List<String> FIELDS = List.of("title_vocabulary", "skills.name_vocabulary");

	private final EntityManagerFactory entityManagerFactory;

	LuceneSpelling(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public Optional<String> suggest(List<String> words) {
		DirectSpellChecker checker = new DirectSpellChecker();
		checker.setMinQueryLength(3);
		checker.setMaxEdits(2);
		try (IndexReader reader = Search.mapping(entityManagerFactory)
			.scope(JobDocument.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			List<String> corrected = new ArrayList<>();
			boolean changed = false;
			for (String word : words) {
				String best = correction(checker, reader, word);
				changed |= !best.equals(word);
				corrected.add(best);
			}
			return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String correction(DirectSpellChecker checker, IndexReader reader, String word) throws IOException {
		SuggestWord best = null;
		for (String field : FIELDS) {
			if (reader.docFreq(new Term(field, word)) > 0) {
				return word;
			}
			for (SuggestWord candidate : checker.suggestSimilar(new Term(field, word), 1, reader,
					SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
				if (best == null || candidate.score > best.score
						|| (candidate.score == best.score && candidate.freq > best.freq)) {
					best = candidate;
				}
			}
		}
		return (best != null) ? best.string : word;
	}

}
