package io.openhire;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure of PRODUCT.md holds: every module only uses the modules its
 * {@code package-info.java} allows, through their API packages, without cycles. Writes
 * the module documentation to {@code target/spring-modulith-docs} on every build.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(OpenhireApplication.class);

	@Test
	void modulesRespectTheirDeclaredDependencies() {
		MODULES.verify();
	}

	@Test
	void everyModuleOfTheProductExists() {
		assertThat(MODULES.stream().map((module) -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"shared", "identity", "catalog", "profiles", "companies", "verification", "jobs", "search",
				"applications", "matching", "alerts", "messaging", "notifications", "documents", "reviews",
				"assessments", "analytics", "platform", "demo");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation();
	}

}
