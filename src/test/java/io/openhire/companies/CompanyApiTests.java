package io.openhire.companies;

import java.util.UUID;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.companies.CompanyClient.COMPANIES;
import static io.openhire.companies.CompanyClient.company;
import static io.openhire.companies.CompanyClient.create;
import static org.assertj.core.api.Assertions.assertThat;

/** Creating, reading, replacing, patching and deleting companies through the API. */
@ApiTest
class CompanyApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Test
	void anEmployerCreatesAHospitalWithNormalizedDutchDetailsAndBecomesItsOwner() {
		SignedIn employer = users.employer();
		CompanyJson hospital = CompanyJson.hospital();
		MvcTestResult created = Api.post(mvc, COMPANIES, employer.bearer(), hospital.toString());
		assertThat(created).hasStatus(201);
		String id = Api.read(created, "$.id");
		assertThat(created.getResponse().getHeader("Location")).endsWith(COMPANIES + "/" + id);
		assertThat(created).bodyJson().extractingPath("$.name").isEqualTo(hospital.get("name"));
		assertThat(created).bodyJson().extractingPath("$.slug").asString().startsWith("sint-lucas-ziekenhuis-");
		assertThat(created).bodyJson().extractingPath("$.type").isEqualTo("hospital");
		assertThat(created).bodyJson().extractingPath("$.facility_type").isEqualTo("public");
		assertThat(created).bodyJson().extractingPath("$.bed_capacity").isEqualTo(450);
		assertThat(created).bodyJson().extractingPath("$.size").isEqualTo("1001-5000");
		assertThat(created).bodyJson().extractingPath("$.phone").isEqualTo("+31201234567");
		assertThat(created).bodyJson().extractingPath("$.headquarters.postal_code").isEqualTo("1061 AE");
		assertThat(created).bodyJson().extractingPath("$.headquarters.country").isEqualTo("NL");
		assertThat(created).bodyJson().extractingPath("$.headquarters.latitude").isEqualTo(52.37);
		assertThat(created).bodyJson().extractingPath("$.registration_number").isEqualTo("12345678");
		assertThat(created).bodyJson()
			.extractingPath("$.benefits")
			.asArray()
			.containsExactly("Pension", "Training budget");
		assertThat(created).bodyJson()
			.extractingPath("$.social_links.linkedin")
			.isEqualTo("https://www.linkedin.com/company/example");
		assertThat(created).bodyJson().extractingPath("$.verification_status").isEqualTo("unverified");
		assertThat(created).bodyJson().extractingPath("$.verified_at").isNull();
		assertThat(created).bodyJson().extractingPath("$.average_rating").isEqualTo(0.0);
		assertThat(created).bodyJson().extractingPath("$.review_count").isEqualTo(0);
		assertThat(created).bodyJson().extractingPath("$.open_jobs").isEqualTo(0);

		MvcTestResult members = Api.get(mvc, COMPANIES + "/" + id + "/members", employer.bearer());
		assertThat(members).hasStatusOk();
		assertThat(members).bodyJson().extractingPath("$.results[0].user_id").isEqualTo(employer.id().toString());
		assertThat(members).bodyJson().extractingPath("$.results[0].member_role").isEqualTo("owner");
		assertThat(members).bodyJson().extractingPath("$.results[0].email").isEqualTo(employer.email());
	}

	@Test
	void anyoneReadsACompanyAndUnknownIdsAreNotFound() {
		UUID id = create(mvc, users.employer(), CompanyJson.company());
		MvcTestResult read = Api.get(mvc, company(id), null);
		assertThat(read).hasStatusOk();
		assertThat(read).bodyJson().extractingPath("$.id").isEqualTo(id.toString());
		assertThat(read).bodyJson().extractingPath("$.headquarters.city").isNull();
		assertThat(read).bodyJson().extractingPath("$.benefits").asArray().isEmpty();
		assertThat(Api.get(mvc, company(UUID.randomUUID()), null)).hasStatus(404);
		assertThat(Api.get(mvc, COMPANIES + "/not-a-uuid", null)).hasStatus(400);
	}

	@Test
	void candidatesAndAnonymousCallersCannotCreate() {
		assertThat(Api.post(mvc, COMPANIES, null, CompanyJson.company().toString())).hasStatus(401);
		assertThat(Api.post(mvc, COMPANIES, users.candidate().bearer(), CompanyJson.company().toString()))
			.hasStatus(403);
	}

	@Test
	void adminsCreateCompaniesAndAreAudited() {
		SignedIn admin = users.admin();
		UUID id = create(mvc, admin, CompanyJson.company());
		assertThat(Api.get(mvc, company(id) + "/members", admin.bearer())).bodyJson()
			.extractingPath("$.results[0].member_role")
			.isEqualTo("owner");
		AuditLogProbe.expect(mvc, users, "company_created", id, admin.id());
	}

	@Test
	void putReplacesEveryFieldAndClearsWhatIsLeftOut() {
		SignedIn owner = users.employer();
		UUID id = create(mvc, owner, CompanyJson.hospital());
		String name = CompanyJson.uniqueName("Renamed");
		MvcTestResult replaced = CompanyClient.put(mvc, company(id), owner.bearer(),
				CompanyJson.company().with("name", name).with("industry", "Software").toString());
		assertThat(replaced).hasStatusOk();
		assertThat(replaced).bodyJson().extractingPath("$.name").isEqualTo(name);
		assertThat(replaced).bodyJson().extractingPath("$.slug").asString().startsWith("renamed-");
		assertThat(replaced).bodyJson().extractingPath("$.type").isEqualTo("company");
		assertThat(replaced).bodyJson().extractingPath("$.facility_type").isNull();
		assertThat(replaced).bodyJson().extractingPath("$.phone").isNull();
		assertThat(replaced).bodyJson().extractingPath("$.headquarters.postal_code").isNull();
		assertThat(replaced).bodyJson().extractingPath("$.benefits").asArray().isEmpty();
		assertThat(CompanyClient.put(mvc, company(id), owner.bearer(), "{\"name\": \"No type\"}")).bodyJson()
			.extractingPath("$.errors.type")
			.asArray()
			.isNotEmpty();
	}

	@Test
	void patchChangesOnlyWhatItSendsAndNullClears() {
		SignedIn owner = users.employer();
		UUID id = create(mvc, owner, CompanyJson.hospital());
		MvcTestResult patched = Api.patch(mvc, company(id), owner.bearer(),
				"{\"bed_capacity\": 500, \"website\": null, \"headquarters\": {\"city\": \"Utrecht\", \"postal_code\": \"3584cx\"}}");
		assertThat(patched).hasStatusOk();
		assertThat(patched).bodyJson().extractingPath("$.bed_capacity").isEqualTo(500);
		assertThat(patched).bodyJson().extractingPath("$.website").isNull();
		assertThat(patched).bodyJson().extractingPath("$.headquarters.city").isEqualTo("Utrecht");
		assertThat(patched).bodyJson().extractingPath("$.headquarters.postal_code").isEqualTo("3584 CX");
		assertThat(patched).bodyJson().extractingPath("$.headquarters.address").isEqualTo("Jan Tooropstraat 164");
		assertThat(patched).bodyJson().extractingPath("$.phone").isEqualTo("+31201234567");
		assertThat(patched).bodyJson().extractingPath("$.facility_type").isEqualTo("public");

		MvcTestResult becameAgency = Api.patch(mvc, company(id), owner.bearer(),
				"{\"type\": \"agency\", \"facility_type\": null, \"bed_capacity\": null}");
		assertThat(becameAgency).hasStatusOk();
		assertThat(becameAgency).bodyJson().extractingPath("$.type").isEqualTo("agency");

		MvcTestResult stillBeds = Api.patch(mvc, company(id), owner.bearer(), "{\"bed_capacity\": 10}");
		assertThat(stillBeds).hasStatus(400);
		assertThat(stillBeds).bodyJson().extractingPath("$.errors.bed_capacity").asArray().isNotEmpty();
	}

	@Test
	void patchRejectsUnknownFieldsBadValuesAndClearingTheName() {
		SignedIn owner = users.employer();
		UUID id = create(mvc, owner, CompanyJson.company());
		MvcTestResult unknown = Api.patch(mvc, company(id), owner.bearer(), "{\"owner\": \"me\"}");
		assertThat(unknown).hasStatus(400);
		assertThat(unknown).bodyJson().extractingPath("$.code").isEqualTo("unknown_field");
		MvcTestResult badType = Api.patch(mvc, company(id), owner.bearer(), "{\"type\": \"castle\"}");
		assertThat(badType).bodyJson().extractingPath("$.errors.type").asArray().isNotEmpty();
		MvcTestResult noName = Api.patch(mvc, company(id), owner.bearer(), "{\"name\": null}");
		assertThat(noName).bodyJson().extractingPath("$.errors.name").asArray().isNotEmpty();
		MvcTestResult tooLong = Api.patch(mvc, company(id), owner.bearer(),
				"{\"headquarters\": {\"city\": \"%s\"}}".formatted("x".repeat(101)));
		assertThat(tooLong).bodyJson().extractingPath("$.errors['headquarters.city']").asArray().isNotEmpty();
		MvcTestResult longBenefit = Api.patch(mvc, company(id), owner.bearer(),
				"{\"benefits\": [\"ok\", \"%s\"]}".formatted("b".repeat(101)));
		assertThat(longBenefit).bodyJson().extractingPath("$.errors['benefits[1]']").asArray().isNotEmpty();
		MvcTestResult badLink = Api.patch(mvc, company(id), owner.bearer(), "{\"social_links\": {\"x\": \"\"}}");
		assertThat(badLink).bodyJson().extractingPath("$.errors['social_links[x]']").asArray().isNotEmpty();
		assertThat(Api.patch(mvc, company(id), owner.bearer(), "[1]")).hasStatus(400);
		assertThat(Api.patch(mvc, company(id), owner.bearer(), "{")).bodyJson()
			.extractingPath("$.code")
			.isEqualTo("malformed_json");
	}

	@Test
	void anEmployerWhoIsNoOwnerCannotChangeTheCompany() {
		// the company is public, so a non-member learns nothing from 403 that GET does
		// not tell
		SignedIn owner = users.employer();
		UUID id = create(mvc, owner, CompanyJson.company());
		SignedIn stranger = users.employer();
		MvcTestResult put = CompanyClient.put(mvc, company(id), stranger.bearer(), CompanyJson.company().toString());
		assertThat(put).hasStatus(403);
		assertThat(put).bodyJson().extractingPath("$.code").isEqualTo("forbidden");
		assertThat(Api.patch(mvc, company(id), stranger.bearer(), "{\"industry\": \"Hacked\"}")).hasStatus(403);
		assertThat(Api.delete(mvc, company(id), stranger.bearer(), null)).hasStatus(403);
		assertThat(
				CompanyClient.put(mvc, company(UUID.randomUUID()), stranger.bearer(), CompanyJson.company().toString()))
			.hasStatus(404);
		assertThat(Api.get(mvc, company(id), null)).bodyJson().extractingPath("$.industry").isNull();
	}

	@Test
	void aRecruiterCannotChangeTheCompany() {
		SignedIn owner = users.employer();
		UUID id = create(mvc, owner, CompanyJson.company());
		SignedIn recruiter = users.employer();
		assertThat(CompanyClient.addMember(mvc, owner, id, recruiter.email(), "recruiter")).hasStatus(201);
		assertThat(Api.patch(mvc, company(id), recruiter.bearer(), "{\"industry\": \"Other\"}")).hasStatus(403);
	}

	@Test
	void adminsChangeAnyCompanyAndAreAudited() {
		UUID id = create(mvc, users.employer(), CompanyJson.company());
		SignedIn admin = users.admin();
		assertThat(Api.patch(mvc, company(id), admin.bearer(), "{\"industry\": \"Logistics\"}")).bodyJson()
			.extractingPath("$.industry")
			.isEqualTo("Logistics");
		AuditLogProbe.expect(mvc, users, "company_updated", id, admin.id());
	}

	@Test
	void ownersDeleteTheirCompanyWhileItHasNoPublishedJobs() {
		SignedIn owner = users.employer();
		UUID id = create(mvc, owner, CompanyJson.company());
		assertThat(Api.delete(mvc, company(id), owner.bearer(), null)).hasStatus(204);
		assertThat(Api.get(mvc, company(id), null)).hasStatus(404);
		assertThat(Api.delete(mvc, company(id), owner.bearer(), null)).hasStatus(404);
		AuditLogProbe.expect(mvc, users, "company_deleted", id, owner.id());
	}

	@Test
	void adminsDeleteAnyCompanyAndItsNameIsFreeAgain() {
		SignedIn owner = users.employer();
		CompanyJson json = CompanyJson.company();
		UUID id = create(mvc, owner, json);
		SignedIn admin = users.admin();
		assertThat(Api.delete(mvc, company(id), admin.bearer(), null)).hasStatus(204);
		assertThat(Api.get(mvc, "/api/v1/auth/me/export", owner.bearer())).bodyJson()
			.extractingPath("$.company_memberships")
			.asArray()
			.isEmpty();
		create(mvc, owner, json);
		AuditLogProbe.expect(mvc, users, "company_deleted", id, admin.id());
	}

	@Test
	void theJobsOfACompanyAreAnEmptyPageUntilTheJobsModuleExists() {
		UUID id = create(mvc, users.employer(), CompanyJson.company());
		MvcTestResult jobs = Api.get(mvc, company(id) + "/jobs", null);
		assertThat(jobs).hasStatusOk();
		assertThat(jobs).bodyJson().extractingPath("$.count").isEqualTo(0);
		assertThat(jobs).bodyJson().extractingPath("$.results").asArray().isEmpty();
		assertThat(Api.get(mvc, company(UUID.randomUUID()) + "/jobs", null)).hasStatus(404);
	}

	@Test
	void theExportListsTheCallersMemberships() {
		SignedIn owner = users.employer();
		CompanyJson json = CompanyJson.company();
		UUID id = create(mvc, owner, json);
		MvcTestResult export = Api.get(mvc, "/api/v1/auth/me/export", owner.bearer());
		assertThat(export).bodyJson().extractingPath("$.company_memberships[0].company_id").isEqualTo(id.toString());
		assertThat(export).bodyJson().extractingPath("$.company_memberships[0].member_role").isEqualTo("owner");
	}

}
