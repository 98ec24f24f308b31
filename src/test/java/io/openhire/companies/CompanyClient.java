package io.openhire.companies;

import java.util.UUID;

import io.openhire.Api;
import io.openhire.TestUsers.SignedIn;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Company calls that tests repeat. */
final class CompanyClient {

	static final String COMPANIES = "/api/v1/companies";

	private CompanyClient() {
	}

	/** Creates the company as {@code creator} and answers its id. */
	static UUID create(MockMvcTester mvc, SignedIn creator, CompanyJson company) {
		MvcTestResult created = Api.post(mvc, COMPANIES, creator.bearer(), company.toString());
		assertThat(created).hasStatus(201);
		return UUID.fromString(Api.read(created, "$.id"));
	}

	static MvcTestResult addMember(MockMvcTester mvc, SignedIn caller, UUID companyId, String email, String role) {
		String body = (role == null) ? "{\"email\": \"%s\"}".formatted(email)
				: "{\"email\": \"%s\", \"member_role\": \"%s\"}".formatted(email, role);
		return Api.post(mvc, members(companyId), caller.bearer(), body);
	}

	static MvcTestResult put(MockMvcTester mvc, String path, String bearer, String json) {
		return mvc.put()
			.uri(path)
			.header("Authorization", bearer)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	static String company(UUID id) {
		return COMPANIES + "/" + id;
	}

	static String members(UUID id) {
		return company(id) + "/members";
	}

}
