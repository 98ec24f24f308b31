/**
 * Small, open building blocks every module uses: ids, pagination, problem types, the
 * clock, command-line commands and access to the current user.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
@NullMarked
package io.openhire.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
