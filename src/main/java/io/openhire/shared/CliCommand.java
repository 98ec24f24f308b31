package io.openhire.shared;

import java.io.PrintStream;
import java.util.Map;

/**
 * A subcommand of {@code java -jar openhire.jar}, such as {@code admin create}. Modules
 * contribute commands as beans; the platform parses the command line, starts the
 * application without its web server, runs the command and exits with its code.
 */
public interface CliCommand {

	/** The words that name the command, such as {@code "admin create"}. */
	String name();

	/** One line of usage, such as {@code "admin create --email E --password P"}. */
	String usage();

	/**
	 * Runs the command.
	 * @param options the {@code --name value} pairs of the command line
	 * @param out where to print what the command reports
	 * @return the process exit code, 0 on success
	 */
	int run(Map<String, String> options, PrintStream out);

}
