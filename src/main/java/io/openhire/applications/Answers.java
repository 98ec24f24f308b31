package io.openhire.applications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.openhire.jobs.JobPostings;
import io.openhire.shared.ApiProblem;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Checks an applicant's answers against the job's questions: every answer must name a
 * question of the job and fit its type, and every required question needs an answer. All
 * problems are reported at once, as {@code answers.<question id>}.
 */
final class Answers {

	static final int MAX_TEXT = 2000;

	private Answers() {
	}

	/** The answers as stored: strings, booleans and numbers by question id. */
	static Map<String, Object> check(@Nullable Map<String, JsonNode> given, List<JobPostings.Question> questions) {
		Map<String, JobPostings.Question> byId = questions.stream()
			.collect(Collectors.toMap((q) -> q.id().toString(), Function.identity()));
		Map<String, List<String>> errors = new LinkedHashMap<>();
		Map<String, Object> answers = new LinkedHashMap<>();
		if (given != null) {
			for (Map.Entry<String, JsonNode> answer : given.entrySet()) {
				String key = normalized(answer.getKey());
				JobPostings.Question question = byId.get(key);
				if (question == null) {
					errors.put("answers." + answer.getKey(), List.of("No such question for this job."));
					continue;
				}
				JsonNode value = answer.getValue();
				if (value == null || value.isNull()) {
					continue;
				}
				Object checked = value(question, value);
				if (checked == null) {
					errors.put("answers." + key, List.of(expectation(question)));
				}
				else {
					answers.put(key, checked);
				}
			}
		}
		for (JobPostings.Question question : questions) {
			String key = question.id().toString();
			if (question.required() && !answers.containsKey(key) && !errors.containsKey("answers." + key)) {
				errors.put("answers." + key, List.of("This question needs an answer."));
			}
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		return answers;
	}

	private static @Nullable Object value(JobPostings.Question question, JsonNode value) {
		return switch (question.type()) {
			case "yes_no" -> value.isBoolean() ? value.booleanValue() : null;
			case "number" -> value.isNumber() ? value.decimalValue() : null;
			case "single_choice" -> (value.isString() && question.options().contains(value.stringValue().strip()))
					? value.stringValue().strip() : null;
			default -> (value.isString() && !value.stringValue().isBlank() && value.stringValue().length() <= MAX_TEXT)
					? value.stringValue().strip() : null;
		};
	}

	private static String expectation(JobPostings.Question question) {
		return switch (question.type()) {
			case "yes_no" -> "Must be true or false.";
			case "number" -> "Must be a number.";
			case "single_choice" -> "Must be one of " + String.join(", ", question.options()) + ".";
			default -> "Must be a text of 1 to " + MAX_TEXT + " characters.";
		};
	}

	private static String normalized(String key) {
		try {
			return UUID.fromString(key.strip()).toString();
		}
		catch (IllegalArgumentException ex) {
			return key;
		}
	}

}
