package io.openhire.platform.web;

import io.openhire.ApiTest;
import io.openhire.shared.CursorQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists answer with absolute links built from the request that asked. */
@ApiTest
class PaginationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void pageLinksAreAbsoluteUrlsOfTheSameList() {
		MvcTestResult result = mvc.get().uri("/api/v1/test/probes?page=2&page_size=20&total=45").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.count").isEqualTo(45);
		assertThat(result).bodyJson()
			.extractingPath("$.next")
			.isEqualTo("http://localhost/api/v1/test/probes?page_size=20&total=45&page=3");
		assertThat(result).bodyJson()
			.extractingPath("$.previous")
			.isEqualTo("http://localhost/api/v1/test/probes?page_size=20&total=45&page=1");
		assertThat(result).bodyJson().extractingPath("$.results").asArray().hasSize(20);
	}

	@Test
	void defaultsToFirstPageOfTwenty() {
		MvcTestResult result = mvc.get().uri("/api/v1/test/probes?total=5").exchange();
		assertThat(result).bodyJson().extractingPath("$.results").asArray().hasSize(5);
		assertThat(result).bodyJson().extractingPath("$.next").isNull();
		assertThat(result).bodyJson().extractingPath("$.previous").isNull();
	}

	@Test
	void emptyCursorAnswersACursorPageWithoutCount() {
		MvcTestResult result = mvc.get().uri("/api/v1/test/probes?cursor=").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().doesNotHavePath("$.count");
		assertThat(result).bodyJson()
			.extractingPath("$.next")
			.isEqualTo("http://localhost/api/v1/test/probes?cursor=" + CursorQuery.after("start+1"));
		assertThat(result).bodyJson().extractingPath("$.previous").isNull();
	}

	@Test
	void forwardedHostsAreHonouredOnlyWhenConfigured() {
		MvcTestResult result = mvc.get()
			.uri("/api/v1/test/probes?total=45")
			.header("X-Forwarded-Host", "evil.example")
			.exchange();
		assertThat(result).bodyJson().extractingPath("$.next").asString().startsWith("http://localhost/");
	}

}
