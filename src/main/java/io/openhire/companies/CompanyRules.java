package io.openhire.companies;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.PhoneNumbers;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The rules of company fields that bean validation cannot express, and their normal
 * forms: hospital-only fields, country codes, Dutch postal codes and KvK numbers, E.164
 * phones, http(s) URLs, founding years. Every problem is reported at once, by field.
 */
@Component
class CompanyRules {

	static final String NETHERLANDS = "NL";

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	/** 1234 AB: no leading zero; SA, SD and SS are not issued. */
	private static final Pattern DUTCH_POSTAL_CODE = Pattern.compile("([1-9][0-9]{3}) ?(?!SA|SD|SS)([A-Z]{2})");

	private static final Pattern KVK_NUMBER = Pattern.compile("[0-9]{8}");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private static final Pattern LINK_NAME = Pattern.compile("[a-z][a-z0-9_]{0,29}");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final Clock clock;

	CompanyRules(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The checked, normalized form of {@code details}.
	 * @throws ApiProblem {@code validation_failed} naming every field that breaks a rule
	 */
	CompanyDetails check(CompanyDetails details) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		CompanyDetails.Address address = (details.headquarters() != null) ? details.headquarters()
				: CompanyDetails.Address.NONE;
		String country = country(errors, "headquarters.country", address.country());
		String postalCode = text(address.postalCode());
		if (postalCode != null && NETHERLANDS.equals(country)) {
			postalCode = dutchPostalCode(errors, postalCode);
		}
		CompanyDetails.Address headquarters = new CompanyDetails.Address(text(address.address()), text(address.city()),
				text(address.region()), postalCode, country, address.latitude(), address.longitude());
		if ((headquarters.latitude() == null) != (headquarters.longitude() == null)) {
			add(errors, "headquarters.latitude", "Give both latitude and longitude, or neither.");
		}

		if (!details.type().isCareFacility()) {
			if (details.facilityType() != null) {
				add(errors, "facility_type", "Only hospitals and clinics have a facility type.");
			}
			if (details.bedCapacity() != null) {
				add(errors, "bed_capacity", "Only hospitals and clinics have a bed capacity.");
			}
		}

		String registrationNumber = text(details.registrationNumber());
		String registrationCountry = country(errors, "registration_country", details.registrationCountry());
		if (registrationNumber != null && registrationCountry == null) {
			registrationCountry = country;
		}
		if (registrationNumber != null && NETHERLANDS.equals(registrationCountry)) {
			registrationNumber = registrationNumber.replaceAll("[\\s.]", "");
			if (!KVK_NUMBER.matcher(registrationNumber).matches()) {
				add(errors, "registration_number", "A Dutch KvK number has 8 digits.");
			}
		}

		String email = text(details.email());
		if (email != null && !EMAIL.matcher(email).matches()) {
			add(errors, "email", "Enter a valid email address.");
		}
		String phone = null;
		try {
			phone = PhoneNumbers.normalize("phone", details.phone(), country);
		}
		catch (ApiProblem ex) {
			add(errors, "phone",
					"Enter a valid phone number (with its country code if the head office has no country).");
		}
		String website = url(errors, "website", details.website());
		String logoUrl = url(errors, "logo_url", details.logoUrl());
		Map<String, String> socialLinks = new LinkedHashMap<>();
		if (details.socialLinks() != null) {
			details.socialLinks().forEach((name, link) -> {
				String key = name.strip().toLowerCase(Locale.ROOT);
				if (!LINK_NAME.matcher(key).matches()) {
					add(errors, "social_links", "Name links with lower-case letters, digits and _ (\"linkedin\").");
				}
				socialLinks.put(key, url(errors, "social_links." + key, link));
			});
		}
		List<String> benefits = (details.benefits() == null) ? List.of()
				: details.benefits().stream().map(String::strip).distinct().toList();

		Integer foundedYear = details.foundedYear();
		if (foundedYear != null && foundedYear > Year.now(clock).getValue()) {
			add(errors, "founded_year", "Must not be in the future.");
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		return new CompanyDetails(name(details.name()), details.type(), details.facilityType(), details.bedCapacity(),
				text(details.description()), text(details.industry()), details.size(), website, email, phone, logoUrl,
				headquarters, registrationNumber, registrationCountry, foundedYear, benefits, socialLinks);
	}

	/** A name with its spaces trimmed and runs of white space made one space. */
	static String name(String name) {
		return SPACES.matcher(name.strip()).replaceAll(" ");
	}

	/** The form of a name that decides whether two companies have the same name. */
	static String nameKey(String name) {
		return name(name).toLowerCase(Locale.ROOT);
	}

	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static @Nullable String country(Map<String, List<String>> errors, String field, @Nullable String value) {
		String code = text(value);
		if (code == null) {
			return null;
		}
		code = code.toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(code)) {
			add(errors, field, "Use an ISO 3166 two-letter country code such as NL.");
			return null;
		}
		return code;
	}

	private static String dutchPostalCode(Map<String, List<String>> errors, String postalCode) {
		Matcher matcher = DUTCH_POSTAL_CODE.matcher(postalCode.toUpperCase(Locale.ROOT));
		if (!matcher.matches()) {
			add(errors, "headquarters.postal_code", "A Dutch postal code looks like 1234 AB.");
			return postalCode;
		}
		return matcher.group(1) + " " + matcher.group(2);
	}

	private static @Nullable String url(Map<String, List<String>> errors, String field, @Nullable String value) {
		String url = text(value);
		if (url == null) {
			return null;
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme();
			if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					&& uri.getHost() != null) {
				return url;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		add(errors, field, "Enter an http or https URL.");
		return url;
	}

	private static void add(Map<String, List<String>> errors, String field, String message) {
		List<String> messages = errors.computeIfAbsent(field, (key) -> new ArrayList<>());
		if (!messages.contains(message)) {
			messages.add(message);
		}
	}

}
