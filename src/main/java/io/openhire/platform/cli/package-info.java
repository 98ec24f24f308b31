/**
 * The command line of {@code java -jar openhire.jar}; used by the application's
 * {@code main}.
 */
@NamedInterface("cli")
@NullMarked
package io.openhire.platform.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
