package io.openhire;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Short forms for API tests: JSON requests with an optional bearer token, and reading
 * answers.
 */
public final class Api {

	private Api() {
	}

	public static MvcTestResult post(MockMvcTester mvc, String path, @Nullable String bearer, String json) {
		return send(mvc.post().uri(path), bearer, json);
	}

	public static MvcTestResult put(MockMvcTester mvc, String path, @Nullable String bearer, String json) {
		return send(mvc.put().uri(path), bearer, json);
	}

	public static MvcTestResult patch(MockMvcTester mvc, String path, @Nullable String bearer, String json) {
		return send(mvc.patch().uri(path), bearer, json);
	}

	public static MvcTestResult delete(MockMvcTester mvc, String path, @Nullable String bearer, String json) {
		return send(mvc.delete().uri(path), bearer, json);
	}

	public static MvcTestResult get(MockMvcTester mvc, String path, @Nullable String bearer) {
		return send(mvc.get().uri(path), bearer, null);
	}

	/** A value of the JSON answer, by JSON path. */
	public static <T> T read(MvcTestResult result, String path) {
		return JsonPath.read(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8), path);
	}

	private static MvcTestResult send(MockMvcRequestBuilder request, @Nullable String bearer, @Nullable String json) {
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return request.exchange();
	}

}
