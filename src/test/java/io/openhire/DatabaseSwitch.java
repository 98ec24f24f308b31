package io.openhire;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Lets a test take the database away: while {@link #down()} is in force, new connections
 * fail as they would if the server had gone. Tests must {@link #up()} it again.
 */
@TestComponent
public class DatabaseSwitch implements BeanPostProcessor {

	private volatile boolean down;

	public void down() {
		down = true;
	}

	public void up() {
		down = false;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Switchable)) {
			return new Switchable(dataSource);
		}
		return bean;
	}

	private final class Switchable extends DelegatingDataSource {

		Switchable(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (down) {
				throw new SQLException("Connection refused (the test took the database down)");
			}
			return super.getConnection();
		}

	}

}
