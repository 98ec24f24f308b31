package io.openhire.search;

import java.util.List;
import java.util.Optional;

/**
 * Did-you-mean: the query's words with each unknown word replaced by the closest, most
 * frequent word of the indexed titles and skills. Backend-specific: the Lucene backend
 * reads the index's terms directly ({@link LuceneSpelling}); other backends use
 * {@link FuzzyHitSpelling}, which needs only the search DSL.
 */
interface Spelling {

	/**
	 * @param words the query's words, lower case
	 * @return the corrected query, or empty when no word needs (or has) a correction
	 */
	Optional<String> suggest(List<String> words);

}
