package io.openhire.platform.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.openhire.shared.CliCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line of {@code java -jar openhire.jar}: no arguments (or only
 * {@code --spring.property=value} ones) serve the API; a subcommand such as
 * {@code admin create --email E --password P} starts the application without its web
 * server and background workers, runs the {@link CliCommand} bean of that name and exits
 * with its code. An unknown subcommand prints the usage and exits with 2.
 */
public final class CommandLine {

	/**
	 * What {@link #run} answers when the API is being served and the process must go on.
	 */
	public static final int KEEP_RUNNING = -1;

	static final int USAGE = 2;

	/** The first words of every command any module offers. */
	private static final Set<String> GROUPS = Set.of("admin", "search", "demo");

	private static final Map<String, Object> COMMAND_MODE = Map.of("spring.main.web-application-type", "none",
			"jobrunr.background-job-server.enabled", "false", "logging.level.root", "warn", "logging.level.io.openhire",
			"info");

	private CommandLine() {
	}

	public static int run(Class<?> application, String[] args) {
		return run(application, args, System.out, System.err);
	}

	static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || args[0].startsWith("--")) {
			SpringApplication.run(application, args);
			return KEEP_RUNNING;
		}
		CommandInvocation invocation;
		try {
			invocation = CommandInvocation.parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			return usage(err, List.of());
		}
		if (!GROUPS.contains(invocation.name().split(" ")[0])) {
			err.println("Unknown command: " + invocation.name());
			return usage(err, List.of());
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties(COMMAND_MODE)
			.run()) {
			List<CliCommand> commands = context.getBeanProvider(CliCommand.class).orderedStream().toList();
			return commands.stream()
				.filter((command) -> command.name().equals(invocation.name()))
				.findFirst()
				.map((command) -> command.run(invocation.options(), out))
				.orElseGet(() -> {
					err.println("Unknown command: " + invocation.name());
					return usage(err, commands);
				});
		}
	}

	private static int usage(PrintStream err, List<CliCommand> commands) {
		err.println("Usage: java -jar openhire.jar                  serve the API");
		commands.stream()
			.sorted(Comparator.comparing(CliCommand::name))
			.forEach((command) -> err.println("       java -jar openhire.jar " + command.usage()));
		if (commands.isEmpty()) {
			err.println("       java -jar openhire.jar admin create --email E --password P");
		}
		return USAGE;
	}

}
