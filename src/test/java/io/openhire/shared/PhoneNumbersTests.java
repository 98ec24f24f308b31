package io.openhire.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PhoneNumbersTests {

	@Test
	void nationalNumbersTakeTheCountry() {
		assertThat(PhoneNumbers.normalize("phone", "06 12345678", "NL")).isEqualTo("+31612345678");
		assertThat(PhoneNumbers.normalize("phone", "020-123 4567", "nl")).isEqualTo("+31201234567");
		assertThat(PhoneNumbers.normalize("phone", "(415) 555-2671", "US")).isEqualTo("+14155552671");
	}

	@Test
	void internationalNumbersNeedNoCountry() {
		assertThat(PhoneNumbers.normalize("phone", "+44 20 7946 0958", null)).isEqualTo("+442079460958");
		assertThat(PhoneNumbers.normalize("phone", "+91 98765 43210", "NL")).isEqualTo("+919876543210");
	}

	@Test
	void blankIsNoNumber() {
		assertThat(PhoneNumbers.normalize("phone", "  ", "NL")).isNull();
		assertThat(PhoneNumbers.normalize("phone", null, null)).isNull();
	}

	@Test
	void invalidNumbersNameTheField() {
		for (String bad : new String[] { "12", "not a phone", "06 1234" }) {
			assertThatExceptionOfType(ApiProblem.class)
				.isThrownBy(() -> PhoneNumbers.normalize("contact_phone", bad, "NL"))
				.satisfies((problem) -> assertThat(problem.getBody().getProperties().get("errors").toString())
					.contains("contact_phone"));
		}
		assertThatExceptionOfType(ApiProblem.class)
			.isThrownBy(() -> PhoneNumbers.normalize("phone", "0612345678", null));
	}

}
