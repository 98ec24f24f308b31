/**
 * Conversations between candidates, employers and admins, and their messages.
 */
@ApplicationModule(displayName = "Messaging",
		allowedDependencies = { "shared", "identity", "profiles", "companies", "applications", "documents" })
@NullMarked
package io.openhire.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
