package io.openhire;

import io.openhire.platform.cli.CommandLine;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Openhire: a job-portal backend. {@code main} either serves the HTTP API or, given a
 * subcommand such as {@code admin create}, runs that command and exits.
 */
@SpringBootApplication
public class OpenhireApplication {

	public static void main(String[] args) {
		int exitCode = CommandLine.run(OpenhireApplication.class, args);
		if (exitCode != CommandLine.KEEP_RUNNING) {
			System.exit(exitCode);
		}
	}

}
