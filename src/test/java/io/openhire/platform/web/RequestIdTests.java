package io.openhire.platform.web;

import io.openhire.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void echoesTheCallersRequestId() {
		MvcTestResult result = mvc.get().uri("/health").header("X-Request-Id", "client-42.a:b").exchange();
		assertThat(result).headers().hasValue("X-Request-Id", "client-42.a:b");
	}

	@Test
	void givesANewIdWhenNoneOrAnUnsafeOneIsSent() {
		MvcTestResult none = mvc.get().uri("/health").exchange();
		assertThat(none.getResponse().getHeader("X-Request-Id")).matches("[0-9a-f-]{36}");
		MvcTestResult unsafe = mvc.get().uri("/health").header("X-Request-Id", "evil\r\nSet-Cookie: x").exchange();
		assertThat(unsafe.getResponse().getHeader("X-Request-Id")).matches("[0-9a-f-]{36}");
	}

	@Test
	void errorsCarryTheRequestIdToo() {
		MvcTestResult result = mvc.get().uri("/api/v1/nothing").header("X-Request-Id", "err-1").exchange();
		assertThat(result).hasStatus(404);
		assertThat(result).headers().hasValue("X-Request-Id", "err-1");
	}

	@Test
	void everyLogLineOfARequestCarriesItsId(CapturedOutput output) {
		mvc.post()
			.uri("/api/v1/test/probes")
			.header("X-Request-Id", "trace-me-7")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"display_name\": \"Logged\", \"skill_level\": 2}")
			.exchange();
		assertThat(output.getOut().lines().filter((line) -> line.contains("probe accepted: Logged"))).singleElement()
			.asString()
			.contains("[trace-me-7]");
	}

}
