package io.openhire.shared;

/**
 * Thrown at start-up when the configuration cannot work; the platform reports it without
 * a stack trace: what is wrong and what to do.
 */
public class ConfigurationProblem extends RuntimeException {

	private final String action;

	public ConfigurationProblem(String description, String action) {
		super(description);
		this.action = action;
	}

	public String action() {
		return action;
	}

}
