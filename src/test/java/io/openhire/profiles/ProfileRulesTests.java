package io.openhire.profiles;

import java.time.Instant;
import java.util.UUID;

import io.openhire.profiles.Choices.Proficiency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The rules of profiles that need no application: proficiency bands, completeness. */
class ProfileRulesTests {

	@ParameterizedTest
	@CsvSource({ "1, beginner", "3, beginner", "4, intermediate", "6, intermediate", "7, advanced", "8, advanced",
			"9, expert", "10, expert" })
	void levelsFallIntoTheirBand(int level, String band) {
		assertThat(Proficiency.of(level).value()).isEqualTo(band);
	}

	@Test
	void levelsOutsideOneToTenHaveNoBand() {
		assertThatIllegalArgumentException().isThrownBy(() -> Proficiency.of(0));
		assertThatIllegalArgumentException().isThrownBy(() -> Proficiency.of(11));
	}

	@Test
	void anEmptyProfileIsNotCompleteAndAFullOneIs() {
		CandidateProfile profile = new CandidateProfile(UUID.randomUUID(), Instant.now());
		assertThat(Completeness.of(profile, Completeness.Entries.NONE)).isZero();
		profile.replace(new CandidateFields("Nurse", "Bio", null, null, null,
				new CandidateFields.Location(null, "Utrecht", null, null, "NL", null, null), 3, null, null, "Nurse",
				null, null, null, null, null,
				new CandidateFields.Availability(Choices.AvailabilityStatus.OPEN, null, null), null, null, null, null),
				"+31612345678", Instant.now());
		assertThat(Completeness.of(profile, Completeness.Entries.NONE)).isEqualTo(50);
		assertThat(Completeness.of(profile, new Completeness.Entries(true, true, true, true, true))).isEqualTo(100);
		assertThat(Completeness.of(profile, new Completeness.Entries(true, false, false, false, false))).isEqualTo(65);
	}

}
