package io.openhire.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
 * PATCH as a JSON merge patch (RFC 7396) onto the fields a resource has now: a field
 * present in the patch replaces the current one (objects such as {@code location} merge
 * field by field, lists are replaced), {@code null} clears it (a required field then
 * fails validation rather than silently taking a default), and an absent field stays as
 * it is. The merged fields are then read and validated exactly like a PUT body, so an
 * unknown field is 400 {@code unknown_field} and a bad value 400
 * {@code validation_failed}, as everywhere else.
 */
@Component
public class MergePatch {

	private static final Pattern UPPER = Pattern.compile("(?<=[a-z0-9])([A-Z])");

	private final JsonMapper json;

	private final Validator validator;

	MergePatch(JsonMapper json, Validator validator) {
		this.json = json;
		this.validator = validator;
	}

	/** {@code current} with {@code patch} merged onto it, validated. */
	public <F> F apply(F current, JsonNode patch, Class<F> type) {
		if (!(patch instanceof ObjectNode changes)) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "malformed_json", "A PATCH body is a JSON object.");
		}
		ObjectNode merged = json.valueToTree(current);
		merge(merged, changes);
		F fields;
		try {
			fields = json.treeToValue(merged, type);
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
		validate(fields);
		return fields;
	}

	/** Bean Validation of fields not bound by Spring MVC, as its errors are shown. */
	public void validate(Object fields) {
		Map<String, List<String>> errors = validator.validate(fields)
			.stream()
			.collect(Collectors.groupingBy(MergePatch::field, java.util.LinkedHashMap::new,
					Collectors.mapping(ConstraintViolation::getMessage, Collectors.toList())));
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
	}

	private static void merge(ObjectNode target, ObjectNode patch) {
		for (Map.Entry<String, JsonNode> change : patch.properties()) {
			JsonNode value = change.getValue();
			JsonNode existing = target.get(change.getKey());
			if (value instanceof ObjectNode nested && existing instanceof ObjectNode current) {
				merge(current, nested);
			}
			else if (value instanceof ObjectNode nested) {
				ObjectNode fresh = target.objectNode();
				merge(fresh, nested);
				target.set(change.getKey(), fresh);
			}
			else {
				target.set(change.getKey(), value);
			}
		}
	}

	/**
	 * {@code headquarters.postalCode} → {@code headquarters.postal_code}, as the platform
	 * names fields of request bodies ({@code benefits[0]}).
	 */
	private static String field(ConstraintViolation<?> violation) {
		StringBuilder field = new StringBuilder();
		for (Path.Node node : violation.getPropertyPath()) {
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
			field.append(UPPER.matcher(node.getName()).replaceAll("_$1").toLowerCase(Locale.ROOT));
		}
		return field.toString();
	}

	private static String path(DatabindException ex) {
		List<String> parts = new ArrayList<>();
		ex.getPath()
			.forEach((reference) -> parts.add((reference.getPropertyName() != null) ? "." + reference.getPropertyName()
					: "[" + reference.getIndex() + "]"));
		String path = String.join("", parts);
		return path.startsWith(".") ? path.substring(1) : path;
	}

}
