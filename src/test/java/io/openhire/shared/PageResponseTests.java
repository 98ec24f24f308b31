package io.openhire.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageResponseTests {

	private static final UriComponentsBuilder LIST = UriComponentsBuilder
		.fromUriString("https://api.example.com/api/v1/jobs?q=nurse&page=2&page_size=20");

	@Test
	void middlePageLinksBothNeighboursKeepingOtherParameters() {
		PageResponse<String> page = PageResponse.of(new PageQuery(2, 20), 45, List.of("a"), LIST);
		assertThat(page.count()).isEqualTo(45);
		assertThat(page.next()).isEqualTo("https://api.example.com/api/v1/jobs?q=nurse&page_size=20&page=3");
		assertThat(page.previous()).isEqualTo("https://api.example.com/api/v1/jobs?q=nurse&page_size=20&page=1");
	}

	@Test
	void firstPageHasNoPrevious() {
		PageResponse<String> page = PageResponse.of(new PageQuery(1, 20), 45, List.of(), LIST);
		assertThat(page.previous()).isNull();
		assertThat(page.next()).contains("page=2");
	}

	@Test
	void lastPageHasNoNext() {
		PageResponse<String> page = PageResponse.of(new PageQuery(3, 20), 45, List.of(), LIST);
		assertThat(page.next()).isNull();
		assertThat(page.previous()).contains("page=2");
	}

	@Test
	void exactlyFullLastPageHasNoNext() {
		assertThat(PageResponse.of(new PageQuery(2, 20), 40, List.of(), LIST).next()).isNull();
	}

	@Test
	void linksAreEncoded() {
		UriComponentsBuilder list = UriComponentsBuilder.fromUriString("http://localhost/api/v1/jobs")
			.queryParam("q", "care & cure");
		String next = PageResponse.of(new PageQuery(1, 10), 30, List.of(), list).next();
		assertThat(next).isEqualTo("http://localhost/api/v1/jobs?q=care%20%26%20cure&page=2");
	}

	@Test
	void pageQueryRejectsOutOfRangeValues() {
		assertThatExceptionOfType(ApiProblem.class).isThrownBy(() -> new PageQuery(0, 20))
			.satisfies((problem) -> assertThat(problem.code()).isEqualTo("validation_failed"));
		assertThatExceptionOfType(ApiProblem.class).isThrownBy(() -> new PageQuery(1, 101));
		assertThatExceptionOfType(ApiProblem.class).isThrownBy(() -> new PageQuery(1, 0));
		assertThat(new PageQuery(3, 25).offset()).isEqualTo(50);
	}

	@Test
	void mapKeepsLinks() {
		PageResponse<Integer> page = PageResponse.of(new PageQuery(2, 20), 45, List.of(1, 2), LIST);
		PageResponse<String> mapped = page.map(String::valueOf);
		assertThat(mapped.results()).containsExactly("1", "2");
		assertThat(mapped.next()).isEqualTo(page.next());
		assertThat(mapped.count()).isEqualTo(45);
	}

}
