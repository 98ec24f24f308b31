/**
 * Users, roles, passwords, JWT access and refresh tokens, email verification, password
 * reset, magic links and admin user management.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "shared" })
@NullMarked
package io.openhire.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
