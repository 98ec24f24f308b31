package io.openhire.companies;

import java.util.List;
import java.util.Map;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.companies.CompanyClient.COMPANIES;
import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of company fields, each broken once: 400 naming the field. */
@ApiTest
class CompanyValidationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	SignedIn employer;

	@BeforeEach
	void signIn() {
		if (employer == null) {
			employer = users.employer();
		}
	}

	@Test
	void dutchPostalCodesAreNormalizedOrRefused() {
		assertThat(create(hq("NL", "1234ab"))).bodyJson()
			.extractingPath("$.headquarters.postal_code")
			.isEqualTo("1234 AB");
		assertThat(create(hq("nl", " 1234 ab "))).bodyJson()
			.extractingPath("$.headquarters.postal_code")
			.isEqualTo("1234 AB");
		for (String bad : List.of("0123 AB", "123 AB", "1234 A", "12345", "1234 SS", "ABCD 12")) {
			assertInvalid(create(hq("NL", bad)), "headquarters.postal_code");
		}
		// other countries keep their own formats
		assertThat(create(hq("DE", "10115"))).bodyJson()
			.extractingPath("$.headquarters.postal_code")
			.isEqualTo("10115");
	}

	@Test
	void dutchRegistrationNumbersAreEightDigitKvkNumbers() {
		assertThat(create(
				CompanyJson.company().with("registration_number", "1234 5678").with("registration_country", "NL")))
			.bodyJson()
			.extractingPath("$.registration_number")
			.isEqualTo("12345678");
		assertInvalid(
				create(CompanyJson.company().with("registration_number", "1234567").with("registration_country", "NL")),
				"registration_number");
		assertInvalid(create(
				CompanyJson.company().with("registration_number", "12345678X").with("registration_country", "NL")),
				"registration_number");
		// without a registration country, the head office's country decides
		assertInvalid(create(CompanyJson.company()
			.with("registration_number", "HRB 12345")
			.with("headquarters", Map.of("country", "NL"))), "registration_number");
		assertThat(create(
				CompanyJson.company().with("registration_number", "HRB 12345").with("registration_country", "de")))
			.bodyJson()
			.extractingPath("$.registration_country")
			.isEqualTo("DE");
	}

	@Test
	void countriesAreIsoCodes() {
		assertInvalid(create(hq("Netherlands", null)), "headquarters.country");
		assertInvalid(create(hq("XX", null)), "headquarters.country");
		assertInvalid(create(CompanyJson.company().with("registration_country", "NLD")), "registration_country");
	}

	@Test
	void phonesAreStoredInE164() {
		assertThat(create(
				CompanyJson.company().with("phone", "06 12345678").with("headquarters", Map.of("country", "NL"))))
			.bodyJson()
			.extractingPath("$.phone")
			.isEqualTo("+31612345678");
		assertThat(create(CompanyJson.company().with("phone", "+49 30 1234567"))).bodyJson()
			.extractingPath("$.phone")
			.isEqualTo("+49301234567");
		assertInvalid(
				create(CompanyJson.company().with("phone", "12345").with("headquarters", Map.of("country", "NL"))),
				"phone");
		assertInvalid(create(CompanyJson.company().with("phone", "call us")), "phone");
		// a national number needs the head office's country to be read
		assertInvalid(create(CompanyJson.company().with("phone", "06 12345678")), "phone");
	}

	@Test
	void facilityTypeAndBedsAreForHospitalsAndClinicsOnly() {
		assertThat(create(CompanyJson.company()
			.with("type", "clinic")
			.with("facility_type", "specialty")
			.with("bed_capacity", 0))).hasStatus(201);
		assertInvalid(create(CompanyJson.company().with("type", "agency").with("facility_type", "private")),
				"facility_type");
		assertInvalid(create(CompanyJson.company().with("type", "company").with("bed_capacity", 10)), "bed_capacity");
		assertInvalid(create(CompanyJson.company().with("type", "hospital").with("bed_capacity", -1)), "bed_capacity");
		assertInvalid(create(CompanyJson.company().with("type", "hospital").with("facility_type", "royal")),
				"facility_type");
		assertInvalid(create(CompanyJson.company().with("type", "castle")), "type");
		assertInvalid(create(CompanyJson.company().without("type")), "type");
	}

	@Test
	void sizesAreTheApiBands() {
		assertThat(create(CompanyJson.company().with("size", "5001+"))).bodyJson()
			.extractingPath("$.size")
			.isEqualTo("5001+");
		assertInvalid(create(CompanyJson.company().with("size", "11 - 50")), "size");
		assertInvalid(create(CompanyJson.company().with("size", "huge")), "size");
	}

	@Test
	void foundedYearIsNotInTheFutureNorBefore1600() {
		assertThat(create(CompanyJson.company().with("founded_year", 1600))).hasStatus(201);
		assertInvalid(create(CompanyJson.company().with("founded_year", 1599)), "founded_year");
		assertInvalid(create(CompanyJson.company().with("founded_year", java.time.Year.now().getValue() + 1)),
				"founded_year");
	}

	@Test
	void urlsAreHttpOrHttps() {
		assertThat(create(CompanyJson.company().with("website", "http://example.com/jobs"))).hasStatus(201);
		assertInvalid(create(CompanyJson.company().with("website", "javascript:alert(1)")), "website");
		assertInvalid(create(CompanyJson.company().with("logo_url", "ftp://example.com/logo.png")), "logo_url");
		assertInvalid(create(CompanyJson.company().with("website", "example.com")), "website");
		assertInvalid(create(CompanyJson.company().with("social_links", Map.of("twitter", "data:text/html,hi"))),
				"social_links.twitter");
		assertInvalid(create(CompanyJson.company().with("social_links", Map.of("Bad Name!", "https://x.example"))),
				"social_links");
	}

	@Test
	void emailsAndCoordinatesAreChecked() {
		assertInvalid(create(CompanyJson.company().with("email", "not-an-email")), "email");
		assertInvalid(create(CompanyJson.company().with("headquarters", Map.of("latitude", 91, "longitude", 4))),
				"headquarters.latitude");
		assertInvalid(create(CompanyJson.company().with("headquarters", Map.of("latitude", 52))),
				"headquarters.latitude");
	}

	@Test
	void overLongTextIsRefused() {
		assertInvalid(create(CompanyJson.company().with("name", "N".repeat(201))), "name");
		assertInvalid(create(CompanyJson.company().with("description", "d".repeat(5001))), "description");
		assertInvalid(create(CompanyJson.company().with("industry", "i".repeat(101))), "industry");
		assertInvalid(create(CompanyJson.company().with("website", "https://example.com/" + "p".repeat(500))),
				"website");
		assertInvalid(create(CompanyJson.company().with("headquarters", Map.of("postal_code", "1".repeat(21)))),
				"headquarters.postal_code");
		assertInvalid(create(CompanyJson.company().with("registration_number", "1".repeat(51))), "registration_number");
		assertInvalid(create(CompanyJson.company().with("benefits", List.of("b".repeat(101)))), "benefits[0]");
		assertInvalid(create(CompanyJson.company().with("benefits", java.util.Collections.nCopies(31, "Pension"))),
				"benefits");
		assertInvalid(create(CompanyJson.company().with("name", "   ")), "name");
	}

	@Test
	void htmlInPlainTextIsKeptAsTextExactly() {
		String name = "<b>" + CompanyJson.uniqueName("Bold") + "</b>";
		String description = "<script>alert('x')</script> & <img src=x onerror=alert(1)>";
		MvcTestResult created = create(CompanyJson.company()
			.with("name", name)
			.with("description", description)
			.with("benefits", List.of("<i>Free</i> lunch")));
		assertThat(created).hasStatus(201);
		assertThat(created).hasContentType("application/json");
		assertThat(created).bodyJson().extractingPath("$.name").isEqualTo(name);
		assertThat(created).bodyJson().extractingPath("$.description").isEqualTo(description);
		assertThat(created).bodyJson().extractingPath("$.benefits[0]").isEqualTo("<i>Free</i> lunch");
	}

	@Test
	void unknownFieldsAreRefused() {
		MvcTestResult result = create(CompanyJson.company().with("verification_status", "verified"));
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("unknown_field");
	}

	@Test
	void namesAreUniqueWhateverTheirLetterCaseAndSpacing() {
		String name = CompanyJson.uniqueName("Unique Care");
		assertThat(create(CompanyJson.company().with("name", name))).hasStatus(201);
		for (String same : List.of(name.toUpperCase(), name.toLowerCase(), "  " + name.replace(" ", "   ") + " ")) {
			MvcTestResult taken = create(CompanyJson.company().with("name", same));
			assertThat(taken).hasStatus(409);
			assertThat(taken).bodyJson().extractingPath("$.code").isEqualTo("company_name_taken");
		}
		// renaming onto another company's name is refused too
		String other = java.util.UUID.randomUUID().toString();
		MvcTestResult second = create(CompanyJson.company());
		String secondId = Api.read(second, "$.id");
		assertThat(Api.patch(mvc, COMPANIES + "/" + secondId, employer.bearer(),
				"{\"name\": \"%s\"}".formatted(name.toUpperCase())))
			.hasStatus(409);
		assertThat(other).isNotBlank();
	}

	@Test
	void concurrentCreationsOfOneNameLeaveOneCompany() {
		String name = CompanyJson.uniqueName("Raced");
		List<java.util.concurrent.CompletableFuture<Integer>> calls = java.util.stream.IntStream.range(0, 6)
			.mapToObj((i) -> java.util.concurrent.CompletableFuture
				.supplyAsync(() -> create(CompanyJson.company().with("name", (i % 2 == 0) ? name : name.toUpperCase()))
					.getResponse()
					.getStatus()))
			.toList();
		List<Integer> statuses = calls.stream().map(java.util.concurrent.CompletableFuture::join).toList();
		assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
	}

	private MvcTestResult create(CompanyJson company) {
		return Api.post(mvc, COMPANIES, employer.bearer(), company.toString());
	}

	private static CompanyJson hq(String country, String postalCode) {
		Map<String, Object> address = new java.util.HashMap<>();
		address.put("country", country);
		if (postalCode != null) {
			address.put("postal_code", postalCode);
		}
		return CompanyJson.company().with("headquarters", address);
	}

	private static void assertInvalid(MvcTestResult result, String field) {
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("validation_failed");
		assertThat(result).bodyJson().extractingPath("$.errors['" + field + "']").asArray().isNotEmpty();
	}

}
