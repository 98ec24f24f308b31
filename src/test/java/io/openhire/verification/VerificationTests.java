package io.openhire.verification;

import java.util.UUID;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Verification of candidates and companies, from request to the admin's decision. */
@ApiTest
@RecordApplicationEvents
class VerificationTests {

	private static final String REQUESTS = "/api/v1/verifications";

	private static final String QUEUE = "/api/v1/admin/verifications";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApplicationEvents events;

	@Test
	void candidateIsVerifiedWhenAnAdminApproves() {
		SignedIn candidate = users.candidate();
		String profileId = Api.read(Api.get(mvc, "/api/v1/candidates/me", candidate.bearer()), "$.id");
		UUID document = UUID.randomUUID();
		MvcTestResult created = Api.post(mvc, REQUESTS, candidate.bearer(),
				"{\"subject_type\": \"candidate\", \"subject_id\": \"%s\", \"document_ids\": [\"%s\"], \"note\": \"My BIG registration\"}"
					.formatted(profileId, document));
		assertThat(created).hasStatus(201);
		assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("pending");
		assertThat(created).bodyJson().extractingPath("$.document_ids[0]").isEqualTo(document.toString());
		assertThat(profileStatus(candidate)).isEqualTo("pending");

		String id = Api.read(created, "$.id");
		SignedIn admin = users.admin();
		MvcTestResult queue = Api.get(mvc, QUEUE + "?status=pending&subject_type=candidate&page_size=100",
				admin.bearer());
		assertThat(queue).hasStatusOk();
		assertThat(Api.<java.util.List<String>>read(queue, "$.results[*].id")).contains(id);

		MvcTestResult approved = Api.post(mvc, QUEUE + "/" + id + "/approve", admin.bearer(), "");
		assertThat(approved).hasStatusOk();
		assertThat(approved).bodyJson().extractingPath("$.status").isEqualTo("approved");
		assertThat(approved).bodyJson().extractingPath("$.decided_by").isEqualTo(admin.id().toString());
		assertThat(profileStatus(candidate)).isEqualTo("verified");
		assertThat(events.stream(VerificationApproved.class).filter((event) -> event.requestId().toString().equals(id)))
			.hasSize(1);

		MvcTestResult again = Api.post(mvc, QUEUE + "/" + id + "/reject", admin.bearer(), "{\"reason\": \"late\"}");
		assertThat(again).hasStatus(409);
		assertThat(again).bodyJson().extractingPath("$.code").isEqualTo("invalid_transition");

		MvcTestResult mine = Api.get(mvc, REQUESTS + "/me", candidate.bearer());
		assertThat(mine).bodyJson().extractingPath("$.count").isEqualTo(1);
		assertThat(mine).bodyJson().extractingPath("$.results[0].status").isEqualTo("approved");
	}

	@Test
	void companyIsRejectedWithAReasonAndMayAskAgain() {
		SignedIn owner = users.employer();
		String companyId = createCompany(owner);
		String id = Api.read(request(owner, "company", companyId), "$.id");
		assertThat(companyStatus(companyId)).isEqualTo("pending");

		SignedIn admin = users.admin();
		assertThat(Api.post(mvc, QUEUE + "/" + id + "/reject", admin.bearer(), "{\"reason\": \"  \"}")).hasStatus(400);
		MvcTestResult rejected = Api.post(mvc, QUEUE + "/" + id + "/reject", admin.bearer(),
				"{\"reason\": \"The KvK extract is older than a year.\"}");
		assertThat(rejected).hasStatusOk();
		assertThat(rejected).bodyJson().extractingPath("$.reason").isEqualTo("The KvK extract is older than a year.");
		assertThat(companyStatus(companyId)).isEqualTo("rejected");
		assertThat(events.stream(VerificationRejected.class).filter((event) -> event.requestId().toString().equals(id)))
			.singleElement()
			.satisfies((event) -> assertThat(event.requestedBy()).isEqualTo(owner.id()));

		assertThat(request(owner, "company", companyId)).hasStatus(201);
	}

	@Test
	void oneRequestWaitsAtATime() {
		SignedIn owner = users.employer();
		String companyId = createCompany(owner);
		assertThat(request(owner, "company", companyId)).hasStatus(201);
		MvcTestResult second = request(owner, "company", companyId);
		assertThat(second).hasStatus(409);
		assertThat(second).bodyJson().extractingPath("$.code").isEqualTo("verification_pending");
	}

	@Test
	void onlyOwnersAskForTheirSubjects() {
		SignedIn owner = users.employer();
		String companyId = createCompany(owner);
		MvcTestResult stranger = request(users.employer(), "company", companyId);
		assertThat(stranger).hasStatus(403);
		assertThat(stranger).bodyJson().extractingPath("$.code").isEqualTo("not_owner");
		assertThat(request(owner, "company", UUID.randomUUID().toString())).hasStatus(404);

		SignedIn candidate = users.candidate();
		String profileId = Api.read(Api.get(mvc, "/api/v1/candidates/me", candidate.bearer()), "$.id");
		assertThat(request(users.candidate(), "candidate", profileId)).hasStatus(404);
		assertThat(request(owner, "candidate", profileId)).hasStatus(404);
	}

	@Test
	void badRequestsAreNamed() {
		SignedIn candidate = users.candidate();
		MvcTestResult unknownType = Api.post(mvc, REQUESTS, candidate.bearer(),
				"{\"subject_type\": \"planet\", \"subject_id\": \"%s\"}".formatted(UUID.randomUUID()));
		assertThat(unknownType).hasStatus(400);
		MvcTestResult missing = Api.post(mvc, REQUESTS, candidate.bearer(), "{}");
		assertThat(missing).bodyJson().extractingPath("$.errors.subject_type").asArray().isNotEmpty();
		assertThat(missing).bodyJson().extractingPath("$.errors.subject_id").asArray().isNotEmpty();
		StringBuilder ids = new StringBuilder();
		for (int i = 0; i < 11; i++) {
			ids.append(i == 0 ? "" : ",").append('"').append(UUID.randomUUID()).append('"');
		}
		MvcTestResult tooMany = Api.post(mvc, REQUESTS, candidate.bearer(),
				"{\"subject_type\": \"candidate\", \"subject_id\": \"%s\", \"document_ids\": [%s]}"
					.formatted(UUID.randomUUID(), ids));
		assertThat(tooMany).bodyJson().extractingPath("$.errors.document_ids").asArray().isNotEmpty();
		SignedIn admin = users.admin();
		assertThat(Api.get(mvc, QUEUE + "?status=maybe", admin.bearer())).bodyJson()
			.extractingPath("$.errors.status")
			.asArray()
			.isNotEmpty();
		assertThat(Api.post(mvc, QUEUE + "/" + UUID.randomUUID() + "/approve", admin.bearer(), "")).hasStatus(404);
	}

	@Test
	void whoMayCall() {
		assertThat(Api.post(mvc, REQUESTS, null, "{}")).hasStatus(401);
		assertThat(Api.get(mvc, REQUESTS + "/me", null)).hasStatus(401);
		assertThat(Api.get(mvc, QUEUE, users.employer().bearer())).hasStatus(403);
		assertThat(Api.post(mvc, QUEUE + "/" + UUID.randomUUID() + "/approve", users.candidate().bearer(), ""))
			.hasStatus(403);
		assertThat(Api.post(mvc, REQUESTS, users.admin().bearer(),
				"{\"subject_type\": \"candidate\", \"subject_id\": \"%s\"}".formatted(UUID.randomUUID())))
			.hasStatus(403);
	}

	private MvcTestResult request(SignedIn caller, String type, String subjectId) {
		return Api.post(mvc, REQUESTS, caller.bearer(),
				"{\"subject_type\": \"%s\", \"subject_id\": \"%s\"}".formatted(type, subjectId));
	}

	private String createCompany(SignedIn owner) {
		MvcTestResult created = Api.post(mvc, "/api/v1/companies", owner.bearer(),
				"{\"name\": \"Verified Care %s\", \"type\": \"clinic\"}".formatted(System.nanoTime()));
		assertThat(created).hasStatus(201);
		return Api.read(created, "$.id");
	}

	private String profileStatus(SignedIn candidate) {
		return Api.read(Api.get(mvc, "/api/v1/candidates/me", candidate.bearer()), "$.verification_status");
	}

	private String companyStatus(String companyId) {
		return Api.read(Api.get(mvc, "/api/v1/companies/" + companyId, null), "$.verification_status");
	}

}
