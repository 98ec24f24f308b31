package io.openhire.search;

import java.util.Locale;
import java.util.Map;

import io.openhire.shared.ConfigurationProblem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Chooses Hibernate Search's backend from {@code openhire.search.backend}
 * ({@code OPENHIRE_SEARCH_BACKEND}): {@code lucene} (default) keeps the index in
 * {@code <data-dir>/index}; {@code elasticsearch} talks to the Elasticsearch or
 * OpenSearch cluster at {@code openhire.search.uris} ({@code OPENHIRE_SEARCH_URIS}). Only
 * the chosen backend's properties are set, so Hibernate Search sees no unused ones.
 */
@Component
class SearchBackend implements HibernatePropertiesCustomizer {

	static final String PREFIX = "hibernate.search.backend.";

	private final String backend;

	private final String dataDir;

	private final String uris;

	SearchBackend(@Value("${openhire.search.backend:lucene}") String backend,
			@Value("${openhire.data-dir}") String dataDir,
			@Value("${openhire.search.uris:http://localhost:9200}") String uris) {
		this.backend = backend.strip().toLowerCase(Locale.ROOT);
		this.dataDir = dataDir;
		this.uris = uris;
		if (!this.backend.equals("lucene") && !this.backend.equals("elasticsearch")) {
			throw new ConfigurationProblem("The search backend '" + backend + "' is not one Openhire knows.",
					"Set OPENHIRE_SEARCH_BACKEND to lucene (the default) or elasticsearch.");
		}
	}

	/**
	 * Whether the index is Lucene's in the data folder (else Elasticsearch/OpenSearch).
	 */
	boolean lucene() {
		return backend.equals("lucene");
	}

	@Override
	public void customize(Map<String, Object> properties) {
		properties.put(PREFIX + "type", backend);
		properties.put(PREFIX + "analysis.configurer", "class:" + JobAnalysis.class.getName());
		if (lucene()) {
			properties.put(PREFIX + "directory.root", dataDir + "/index");
			// whatever the Lucene on the class path is: the index is rebuilt by "search
			// reindex"
			properties.put(PREFIX + "lucene_version", "LATEST");
		}
		else {
			properties.put(PREFIX + "uris", uris);
		}
	}

}
