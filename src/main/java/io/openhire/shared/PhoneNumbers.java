package io.openhire.shared;

import java.util.Locale;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * Every phone number Openhire stores is E.164 ({@code +31612345678}). Numbers written
 * without a country code are read as numbers of the given country ({@code 06 12345678}
 * with {@code NL}).
 */
public final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/**
	 * The E.164 form of {@code phone}.
	 * @param field the request field, named in the problem when the number is invalid
	 * @param country ISO 3166 alpha-2 code for numbers without a country code, if known
	 * @return {@code null} for a blank phone
	 * @throws ApiProblem {@code validation_failed} when the number is not a valid one
	 */
	public static @Nullable String normalize(String field, @Nullable String phone, @Nullable String country) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		String region = (country != null && !country.isBlank()) ? country.strip().toUpperCase(Locale.ROOT) : null;
		try {
			PhoneNumber number = UTIL.parse(phone, region);
			if (!UTIL.isValidNumber(number)) {
				throw ApiProblem.invalid(field, "Enter a valid phone number.");
			}
			return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
		}
		catch (NumberParseException ex) {
			throw ApiProblem.invalid(field,
					(region == null) ? "Enter a valid phone number with its country code (+31 6 1234 5678)."
							: "Enter a valid phone number.");
		}
	}

}
