/**
 * Admin dashboard, time-series analytics, daily metric snapshots, the activity feed and
 * the audit log.
 * <h2>Audit log</h2> Every module publishes an {@link io.openhire.shared.AuditEvent} for
 * each security event (sign-ins, failed sign-ins, sign-outs, password changes and resets,
 * role changes, deactivations, erasures) and each admin action. This module records each
 * of them once, append-only, in the {@code audit_log} table, and admins read them through
 * {@code GET /api/v1/admin/audit-log} (filters {@code actor}, {@code action},
 * {@code entity_type}, {@code entity_id}, {@code from}, {@code to}; newest first). Other
 * modules may read it through {@link io.openhire.analytics.AuditLog}.
 * <ul>
 * <li>Events published inside a transaction are recorded after it commits,
 * asynchronously; the event publication registry keeps them until they are recorded,
 * across crashes. An event whose transaction rolls back is not recorded.</li>
 * <li>Events published outside any transaction (a refused sign-in) are recorded at once,
 * asynchronously, through the same listener and the same registry.</li>
 * <li>Entries are never changed or deleted by the application. They keep the actor's id
 * when the account is erased: the log must still show what an account did. Besides ids
 * they hold the caller's IP address and user agent and the publisher's {@code details} (a
 * failed sign-in keeps the email address tried), never secrets.</li>
 * </ul>
 * See {@code docs/audit-log.md}.
 */
@ApplicationModule(displayName = "Analytics",
		allowedDependencies = { "shared", "identity", "profiles", "companies", "verification", "jobs", "applications" })
@NullMarked
package io.openhire.analytics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
