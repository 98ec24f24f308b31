package io.openhire.platform.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import io.openhire.OpenhireApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CommandLineTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void parsesCommandWordsAndOptions() {
		CommandInvocation invocation = CommandInvocation
			.parse(new String[] { "admin", "create", "--email", "a@b.c", "--password=x y", "--force" });
		assertThat(invocation.name()).isEqualTo("admin create");
		assertThat(invocation.options()).isEqualTo(Map.of("email", "a@b.c", "password", "x y", "force", "true"));
	}

	@Test
	void strayArgumentsAreRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CommandInvocation.parse(new String[] { "admin", "--email", "a", "b" }));
	}

	@Test
	void unknownSubcommandPrintsUsageAndFails() {
		int code = CommandLine.run(OpenhireApplication.class, new String[] { "frobnicate" }, print(out), print(err));
		assertThat(code).isEqualTo(CommandLine.USAGE);
		assertThat(text(err)).contains("Unknown command: frobnicate").contains("Usage:").contains("admin create");
	}

	@Test
	void adminCreateCreatesAnAdminOnceAndExits(@TempDir Path dataDir) {
		String email = "root-" + System.nanoTime() + "@openhire.test";
		String[] args = { "admin", "create", "--email", email, "--password", "Correct-Horse-9" };
		System.setProperty("openhire.data-dir", dataDir.toString());
		try {
			assertThat(CommandLine.run(OpenhireApplication.class, args, print(out), print(err))).isZero();
			assertThat(text(out)).contains("Created admin " + email);
			assertThat(CommandLine.run(OpenhireApplication.class, args, print(out), print(err))).isEqualTo(1);
			assertThat(text(out)).contains("An account with this email exists.");
			String[] weak = { "admin", "create", "--email", "x" + email, "--password", "short" };
			assertThat(CommandLine.run(OpenhireApplication.class, weak, print(out), print(err))).isEqualTo(1);
			assertThat(text(out)).contains("password:");
			String[] unknown = { "admin", "promote", "--email", email };
			assertThat(CommandLine.run(OpenhireApplication.class, unknown, print(out), print(err)))
				.isEqualTo(CommandLine.USAGE);
			assertThat(text(err)).contains("Unknown command: admin promote");
		}
		finally {
			System.clearProperty("openhire.data-dir");
		}
	}

	private static PrintStream print(ByteArrayOutputStream target) {
		return new PrintStream(target, true, StandardCharsets.UTF_8);
	}

	private static String text(ByteArrayOutputStream target) {
		return target.toString(StandardCharsets.UTF_8);
	}

}
