package io.openhire.profiles;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What {@code io.openhire.Api} lacks for the profile tests: PUT. */
final class ProfileApi {

	static final String ME = "/api/v1/candidates/me";

	static final String CANDIDATES = "/api/v1/candidates";

	static final String EMPLOYER_ME = "/api/v1/employers/me";

	private ProfileApi() {
	}

	static MvcTestResult put(MockMvcTester mvc, String path, @Nullable String bearer, String json) {
		var request = mvc.put().uri(path).contentType(MediaType.APPLICATION_JSON).content(json);
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		return request.exchange();
	}

}
