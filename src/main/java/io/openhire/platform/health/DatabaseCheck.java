package io.openhire.platform.health;

import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/** The database answers a round trip. */
@Component
class DatabaseCheck implements HealthCheck {

	private static final int TIMEOUT_SECONDS = 2;

	private final DataSource dataSource;

	DatabaseCheck(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public String name() {
		return "database";
	}

	@Override
	public Map<String, Object> check() throws SQLException {
		try (var connection = dataSource.getConnection()) {
			if (!connection.isValid(TIMEOUT_SECONDS)) {
				throw new SQLException("The database connection is not valid");
			}
			return Map.of("vendor", connection.getMetaData().getDatabaseProductName());
		}
	}

}
