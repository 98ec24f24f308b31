package io.openhire.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The bodies of the product's mails: {@code mail/<name>.txt} and {@code mail/<name>.html}
 * on the class path, with {@code {{placeholder}}}s replaced by values. Values are
 * HTML-escaped in the HTML body. A placeholder without a value is a bug, so it fails
 * rather than sending a mail with a hole in it.
 */
@Component
class MailTemplates {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

	private final Map<String, String> sources = new ConcurrentHashMap<>();

	/** The text and HTML bodies of template {@code name}. */
	Bodies render(String name, Map<String, String> values) {
		String text = fill(name + ".txt", values, UnaryOperator.identity());
		String html = fill(name + ".html", values, HtmlUtils::htmlEscape);
		return new Bodies(text, html);
	}

	private String fill(String file, Map<String, String> values, UnaryOperator<String> escape) {
		Matcher placeholders = PLACEHOLDER.matcher(sources.computeIfAbsent(file, MailTemplates::load));
		StringBuilder filled = new StringBuilder();
		while (placeholders.find()) {
			String value = values.get(placeholders.group(1));
			if (value == null) {
				throw new IllegalStateException("No value for {{" + placeholders.group(1) + "}} of mail/" + file);
			}
			placeholders.appendReplacement(filled, Matcher.quoteReplacement(escape.apply(value)));
		}
		return placeholders.appendTail(filled).toString();
	}

	private static String load(String file) {
		try {
			return new ClassPathResource("mail/" + file).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Mail template mail/" + file + " is missing", ex);
		}
	}

	/** The two bodies of a mail. */
	record Bodies(String text, String html) {
	}

}
