package io.openhire.demo;

import java.io.PrintStream;
import java.util.Map;

import io.openhire.shared.CliCommand;

import org.springframework.stereotype.Component;

/** {@code java -jar openhire.jar demo seed --jobs N [--seed S]}. */
@Component
class DemoSeedCommand implements CliCommand {

	private final DemoSeed seed;

	DemoSeedCommand(DemoSeed seed) {
		this.seed = seed;
	}

	@Override
	public String name() {
		return "demo seed";
	}

	@Override
	public String usage() {
		return "demo seed --jobs N [--seed S]   (realistic demo data; every account's password is " + DemoSeed.PASSWORD
				+ ")";
	}

	@Override
	public int run(Map<String, String> options, PrintStream out) {
		SeedPlan plan;
		try {
			plan = new SeedPlan(Integer.parseInt(options.getOrDefault("jobs", "1000")),
					Long.parseLong(options.getOrDefault("seed", "42")));
		}
		catch (IllegalArgumentException ex) {
			out.println("Invalid option: " + ex.getMessage());
			return 2;
		}
		out.printf("Seeding %,d jobs, %,d companies and %,d candidates%n", plan.jobs(), plan.companies(),
				plan.candidates());
		this.seed.seed(plan, out).print(out);
		out.println("Run `search reindex` to make the new jobs and candidates searchable.");
		return 0;
	}

}
