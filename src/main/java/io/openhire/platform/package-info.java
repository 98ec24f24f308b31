/**
 * Cross-cutting runtime: problem details, health, rate limiting, caching, OpenAPI,
 * security headers, CORS, request ids and the command line.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = { "shared" })
@NullMarked
package io.openhire.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
