package io.openhire.profiles;

import com.fasterxml.jackson.annotation.JsonValue;
import io.openhire.shared.VerificationStatus;
import jakarta.persistence.Converter;

/** The closed sets of values a profile field takes, with their database converters. */
final class Choices {

	private Choices() {
	}

	/** Who may see a candidate profile besides its owner and admins. */
	enum Visibility {

		/** Every signed-in employer (and, once there are public pages, anyone). */
		PUBLIC,
		/** Employers and admins. */
		EMPLOYERS,
		/** Nobody but the owner and admins. */
		PRIVATE;

		@JsonValue
		String value() {
			return ApiEnum.value(this);
		}

	}

	enum Gender {

		FEMALE, MALE, NON_BINARY, OTHER, PREFER_NOT_TO_SAY;

		@JsonValue
		String value() {
			return ApiEnum.value(this);
		}

	}

	/** CEFR levels, or a native speaker. */
	enum EnglishLevel {

		A1, A2, B1, B2, C1, C2, NATIVE;

		@JsonValue
		String value() {
			return ApiEnum.value(this);
		}

	}

	enum JobType {

		FULL_TIME, PART_TIME, CONTRACT, TEMPORARY, INTERNSHIP, FREELANCE;

		@JsonValue
		String value() {
			return ApiEnum.value(this);
		}

	}

	enum SalaryPeriod {

		HOURLY, DAILY, MONTHLY, YEARLY;

		@JsonValue
		String value() {
			return ApiEnum.value(this);
		}

	}

	enum AvailabilityStatus {

		AVAILABLE, OPEN, NOT_AVAILABLE;

		@JsonValue
		String value() {
			return ApiEnum.value(this);
		}

	}

	/** The band of a skill level: 1-3, 4-6, 7-8, 9-10. */
	enum Proficiency {

		BEGINNER, INTERMEDIATE, ADVANCED, EXPERT;

		static Proficiency of(int level) {
			if (level < 1 || level > 10) {
				throw new IllegalArgumentException("Skill levels run from 1 to 10: " + level);
			}
			if (level <= 3) {
				return BEGINNER;
			}
			if (level <= 6) {
				return INTERMEDIATE;
			}
			return (level <= 8) ? ADVANCED : EXPERT;
		}

		@JsonValue
		String value() {
			return ApiEnum.value(this);
		}

	}

	@Converter
	static class VisibilityColumn extends ApiEnum.Column<Visibility> {

		VisibilityColumn() {
			super(Visibility.class);
		}

	}

	@Converter
	static class GenderColumn extends ApiEnum.Column<Gender> {

		GenderColumn() {
			super(Gender.class);
		}

	}

	@Converter
	static class EnglishLevelColumn extends ApiEnum.Column<EnglishLevel> {

		EnglishLevelColumn() {
			super(EnglishLevel.class);
		}

	}

	@Converter
	static class SalaryPeriodColumn extends ApiEnum.Column<SalaryPeriod> {

		SalaryPeriodColumn() {
			super(SalaryPeriod.class);
		}

	}

	@Converter
	static class AvailabilityStatusColumn extends ApiEnum.Column<AvailabilityStatus> {

		AvailabilityStatusColumn() {
			super(AvailabilityStatus.class);
		}

	}

	@Converter
	static class VerificationStatusColumn extends ApiEnum.Column<VerificationStatus> {

		VerificationStatusColumn() {
			super(VerificationStatus.class);
		}

	}

}
