package io.openhire.platform.health;

import java.util.Map;

/** One dependency the service needs to answer requests, checked for {@code /health}. */
interface HealthCheck {

	/** The key in {@code checks}: database, cache, search or jobs. */
	String name();

	/**
	 * Checks the dependency now.
	 * @return details worth showing (never secrets)
	 * @throws Exception when the dependency does not work
	 */
	Map<String, Object> check() throws Exception;

}
