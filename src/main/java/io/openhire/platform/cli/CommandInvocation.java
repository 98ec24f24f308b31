package io.openhire.platform.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed command line: the words naming the command ({@code admin create}) and its
 * {@code --name value} (or {@code --name=value}) options.
 */
record CommandInvocation(String name, Map<String, String> options) {

	static CommandInvocation parse(String[] args) {
		List<String> words = new ArrayList<>();
		Map<String, String> options = new LinkedHashMap<>();
		int i = 0;
		while (i < args.length && !args[i].startsWith("--")) {
			words.add(args[i++]);
		}
		while (i < args.length) {
			String arg = args[i++];
			if (!arg.startsWith("--") || arg.length() == 2) {
				throw new IllegalArgumentException("Unexpected argument: " + arg);
			}
			String option = arg.substring(2);
			int equals = option.indexOf('=');
			if (equals > 0) {
				options.put(option.substring(0, equals), option.substring(equals + 1));
			}
			else if (i < args.length && !args[i].startsWith("--")) {
				options.put(option, args[i++]);
			}
			else {
				options.put(option, "true");
			}
		}
		return new CommandInvocation(String.join(" ", words), options);
	}

}
