/**
 * In-app notifications, the email outbox, real-time push and notification preferences.
 */
@ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "identity", "verification", "jobs", "applications", "messaging", "alerts",
				"reviews" })
@NullMarked
package io.openhire.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
