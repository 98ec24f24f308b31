package io.openhire.jobs;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * The safe subset of HTML that job texts may hold (API.md "Jobs"): p, ul, ol, li, b,
 * strong, i, em, br and links to http, https and mailto; everything else is stripped,
 * keeping its text.
 */
final class RichText {

	static final int MAX_LENGTH = 20_000;

	private static final Safelist SAFE = new Safelist()
		.addTags("p", "ul", "ol", "li", "b", "strong", "i", "em", "br", "a")
		.addAttributes("a", "href")
		.addProtocols("a", "href", "http", "https", "mailto");

	private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

	private RichText() {
	}

	static @Nullable String sanitize(@Nullable String html) {
		if (html == null) {
			return null;
		}
		String clean = Jsoup.clean(html, "", SAFE, OUTPUT).strip();
		return clean.isEmpty() ? null : clean;
	}

}
