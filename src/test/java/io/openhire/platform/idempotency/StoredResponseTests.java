package io.openhire.platform.idempotency;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoredResponseTests {

	@Test
	void keepsSuccessesAndAnswersTheSameBodyWouldGetAgain() {
		assertThat(List.of(200, 201, 202, 204, 400, 404, 405, 410, 413, 415, 422))
			.allSatisfy((status) -> assertThat(StoredResponse.isKept(status)).as("%d", status).isTrue());
	}

	@Test
	void doesNotKeepAnswersThatMayChangeOnRetry() {
		assertThat(List.of(301, 401, 403, 408, 409, 425, 429, 500, 502, 503))
			.allSatisfy((status) -> assertThat(StoredResponse.isKept(status)).as("%d", status).isFalse());
	}

}
