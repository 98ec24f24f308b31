/**
 * Uploads, their storage, content-type detection and resume parsing.
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = { "shared", "identity" })
@NullMarked
package io.openhire.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
