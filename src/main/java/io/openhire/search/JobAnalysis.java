package io.openhire.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the job index, defined alike for both backends (configured as
 * {@code hibernate.search.backend.analysis.configurer}; public for Hibernate Search):
 * <ul>
 * <li>{@code english}: words, lower case, accents folded, possessives dropped, Porter
 * stemming ("nursing" and "nurses" → "nurs");</li>
 * <li>{@code dutch}: the same with the Snowball Dutch stemmer ("verpleegkundigen" →
 * "verpleegkund");</li>
 * <li>{@code vocabulary}: words as typed, lower case and folded (did-you-mean).</li>
 * </ul>
 */
public class JobAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

	static final String ENGLISH = "english";

	static final String DUTCH = "dutch";

	static final String VOCABULARY = "vocabulary";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("englishPossessive")
			.tokenFilter("porterStem");
		context.analyzer(DUTCH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("snowballPorter")
			.param("language", "Dutch");
		context.analyzer(VOCABULARY)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
	}

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter("openhire_possessive").type("stemmer").param("language", "possessive_english");
		context.tokenFilter("openhire_english").type("stemmer").param("language", "english");
		context.tokenFilter("openhire_dutch").type("stemmer").param("language", "dutch");
		context.analyzer(ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", "openhire_possessive", "openhire_english");
		context.analyzer(DUTCH)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", "openhire_dutch");
		context.analyzer(VOCABULARY).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
	}

}
