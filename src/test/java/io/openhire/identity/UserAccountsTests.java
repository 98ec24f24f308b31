package io.openhire.identity;

import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import io.openhire.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The identity module's API as other modules use it. */
@ApiTest
class UserAccountsTests {

	@Autowired
	UserAccounts accounts;

	@Autowired
	TestUsers users;

	@Test
	void findsAccountsByEmailInAnyCaseAndById() {
		SignedIn employer = users.employer();
		AccountSummary found = accounts.findByEmail(employer.email().toUpperCase()).orElseThrow();
		assertThat(found.id()).isEqualTo(employer.id());
		assertThat(found.role()).isEqualTo(Role.EMPLOYER);
		assertThat(found.active()).isTrue();
		assertThat(accounts.find(employer.id())).contains(found);
		assertThat(accounts.findByEmail(TestUsers.uniqueEmail("nobody"))).isEmpty();
	}

	@Test
	void findsManyAccountsAtOnce() {
		SignedIn one = users.candidate();
		SignedIn two = users.employer();
		java.util.UUID unknown = java.util.UUID.randomUUID();
		assertThat(accounts.findAll(java.util.List.of(one.id(), two.id(), unknown))).containsOnlyKeys(one.id(),
				two.id());
	}

}
