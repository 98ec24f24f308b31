package io.openhire.identity;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.CliCommand;

import org.springframework.stereotype.Component;

/** {@code java -jar openhire.jar admin create --email E --password P}. */
@Component
class AdminCreateCommand implements CliCommand {

	private final UserAccounts accounts;

	AdminCreateCommand(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public String name() {
		return "admin create";
	}

	@Override
	public String usage() {
		return "admin create --email E --password P";
	}

	@Override
	public int run(Map<String, String> options, PrintStream out) {
		String email = options.get("email");
		String password = options.get("password");
		if (email == null || password == null) {
			out.println("Both --email and --password are required.");
			return 2;
		}
		try {
			accounts.createAdmin(email, password);
			out.println("Created admin " + email);
			return 0;
		}
		catch (ApiProblem problem) {
			out.println("Cannot create admin " + email + ": " + describe(problem));
			return 1;
		}
	}

	private static String describe(ApiProblem problem) {
		Map<String, Object> properties = problem.getBody().getProperties();
		if (properties != null && properties.get(ApiProblem.ERRORS) instanceof Map<?, ?> errors) {
			StringBuilder text = new StringBuilder();
			errors.forEach((field, messages) -> text.append(field)
				.append(": ")
				.append(String.join(" ", (List<String>) messages))
				.append(' '));
			return text.toString().strip();
		}
		return problem.getBody().getDetail();
	}

}
