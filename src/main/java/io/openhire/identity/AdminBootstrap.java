package io.openhire.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Creates the admin named by {@code OPENHIRE_ADMIN_EMAIL} and
 * {@code OPENHIRE_ADMIN_PASSWORD} at start-up unless an account with that email exists,
 * so a fresh deployment can be administered without a shell.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserAccounts accounts;

	private final String email;

	private final String password;

	AdminBootstrap(UserAccounts accounts, @Value("${openhire.admin.email:}") String email,
			@Value("${openhire.admin.password:}") String password) {
		this.accounts = accounts;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (email.isBlank() || password.isBlank() || accounts.exists(email)) {
			return;
		}
		try {
			accounts.createAdmin(email, password);
			log.info("Created admin {} from OPENHIRE_ADMIN_EMAIL", email);
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Admin {} was created by another node meanwhile", email);
		}
	}

}
