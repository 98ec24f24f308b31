package io.openhire.profiles;

import java.util.List;
import java.util.UUID;

/**
 * The index {@code GET /candidates} is answered from, implemented by the search module
 * (which depends on this one, not the other way round). It finds the ids of one page of
 * matching profiles; this module then loads and shows them in that order.
 */
public interface CandidateSearchIndex {

	/** One page of profile ids, best match (or most recently updated) first. */
	record Hits(long total, List<UUID> profileIds) {

		public Hits {
			profileIds = List.copyOf(profileIds);
		}

	}

	/**
	 * The profiles matching the filter: with words, the most relevant first; without, the
	 * most recently updated first.
	 * @param offset how many matches to skip
	 * @param limit how many to return at most
	 */
	Hits search(CandidateFilter filter, int offset, int limit);

}
