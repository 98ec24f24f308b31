package io.openhire.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.openhire.shared.ApiProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * {@code PATCH /jobs/{id}} as a JSON merge patch (RFC 7386): fields sent replace the
 * current ones, {@code null} clears a field, {@code location} merges field by field,
 * arrays ({@code skills}, {@code questions}) are replaced whole. The result is then
 * checked exactly like a {@code PUT} body.
 */
@Component
class JobPatch {

	private static final Pattern UPPER = Pattern.compile("(?<=[a-z0-9])([A-Z])");

	private final JsonMapper json;

	private final Validator validator;

	JobPatch(JsonMapper json, Validator validator) {
		this.json = json;
		this.validator = validator;
	}

	/** {@code current} with {@code patch} applied, valid as a {@code PUT} body. */
	JobDetails apply(JobDetails current, JsonNode patch) {
		if (!patch.isObject()) {
			throw ApiProblem.badRequest("malformed_json", "A merge patch of a job is a JSON object.");
		}
		ObjectNode merged = json.valueToTree(current);
		merge(merged, (ObjectNode) patch);
		JobDetails details = read(merged);
		Set<ConstraintViolation<JobDetails>> violations = validator.validate(details);
		if (!violations.isEmpty()) {
			Map<String, List<String>> errors = new LinkedHashMap<>();
			for (ConstraintViolation<JobDetails> violation : violations) {
				errors.computeIfAbsent(field(violation.getPropertyPath()), (key) -> new ArrayList<>())
					.add(violation.getMessage());
			}
			throw ApiProblem.invalid(errors);
		}
		return details;
	}

	private static void merge(ObjectNode target, ObjectNode patch) {
		for (Map.Entry<String, JsonNode> property : patch.properties()) {
			String name = property.getKey();
			JsonNode value = property.getValue();
			if (value.isNull()) {
				target.remove(name);
			}
			else if (value.isObject() && target.get(name) instanceof ObjectNode current) {
				merge(current, (ObjectNode) value);
			}
			else {
				target.set(name, value);
			}
		}
	}

	private JobDetails read(ObjectNode merged) {
		try {
			return json.treeToValue(merged, JobDetails.class);
		}
		catch (UnrecognizedPropertyException ex) {
			ApiProblem problem = new ApiProblem(HttpStatus.BAD_REQUEST, "unknown_field",
					"The request has a field this endpoint does not take: " + ex.getPropertyName() + ".");
			problem.getBody().setProperty(ApiProblem.ERRORS, Map.of(path(ex), List.of("Unknown field.")));
			throw problem;
		}
		catch (DatabindException ex) {
			throw ApiProblem.invalid(path(ex), "Invalid value for this field.");
		}
	}

	private static String path(DatabindException ex) {
		String path = ex.getPath()
			.stream()
			.map((reference) -> (reference.getPropertyName() != null) ? "." + reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining());
		return path.startsWith(".") ? path.substring(1) : path;
	}

	/**
	 * {@code headquarters.postalCode} → {@code headquarters.postal_code}, as the platform
	 * names fields of request bodies ({@code benefits[0]}).
	 */
	private static String field(Path path) {
		StringBuilder field = new StringBuilder();
		for (Path.Node node : path) {
			if (node.getIndex() != null) {
				field.append('[').append(node.getIndex()).append(']');
			}
			else if (node.getKey() != null) {
				field.append('[').append(node.getKey()).append(']');
			}
			if (node.getName() == null || node.getName().startsWith("<")) {
				continue;
			}
			if (!field.isEmpty()) {
				field.append('.');
			}
			field.append(UPPER.matcher(node.getName()).replaceAll("_$1").toLowerCase(java.util.Locale.ROOT));
		}
		return field.toString();
	}

}
