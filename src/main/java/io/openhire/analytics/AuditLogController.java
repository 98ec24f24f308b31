package io.openhire.analytics;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/admin/audit-log}: the audit log for admins. Read-only: entries are
 * written from events, so the path has no other method.
 * <p>
 * The filters are taken as text and parsed here, after the role check, so that callers
 * who may not read the log learn nothing from their parameters, and so that every invalid
 * filter is named in one answer.
 */
@RestController
@RequestMapping("/api/v1/admin/audit-log")
@Tag(name = "Administration")
class AuditLogController {

	private final AuditLog auditLog;

	AuditLogController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Security events and admin actions, newest first")
	PageResponse<AuditLogEntry> list(PageQuery page,
			@Parameter(description = "user id of the actor") @RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(name = "entity_type", required = false) @Nullable String entityType,
			@RequestParam(name = "entity_id", required = false) @Nullable String entityId,
			@Parameter(description = "ISO-8601 instant, inclusive") @RequestParam(
					required = false) @Nullable String from,
			@Parameter(description = "ISO-8601 instant, inclusive") @RequestParam(
					required = false) @Nullable String to) {
		AuditLogFilter filter = filter(actor, action, entityType, entityId, from, to);
		Page<AuditLogEntry> entries = auditLog.find(filter, page);
		return PageResponse.of(page, entries.getTotalElements(), entries.getContent());
	}

	static AuditLogFilter filter(@Nullable String actor, @Nullable String action, @Nullable String entityType,
			@Nullable String entityId, @Nullable String from, @Nullable String to) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		UUID actorId = uuid("actor", actor, errors);
		Instant fromInstant = instant("from", from, errors);
		Instant toInstant = instant("to", to, errors);
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		// the filter itself refuses a from after to
		return new AuditLogFilter(actorId, text(action), text(entityType), text(entityId), fromInstant, toInstant);
	}

	private static @Nullable UUID uuid(String name, @Nullable String value, Map<String, List<String>> errors) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			UUID uuid = UUID.fromString(text);
			// fromString also takes short forms such as 1-2-3-4-5; only the canonical
			// form is an id
			if (uuid.toString().equalsIgnoreCase(text)) {
				return uuid;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		errors.put(name, List.of("Must be a UUID."));
		return null;
	}

	private static @Nullable Instant instant(String name, @Nullable String value, Map<String, List<String>> errors) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			errors.put(name, List.of("Must be an ISO-8601 instant such as 2026-11-21T10:00:00Z."));
			return null;
		}
	}

	/** A filter sent empty ({@code ?action=}) is no filter. */
	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
