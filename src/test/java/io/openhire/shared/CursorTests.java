package io.openhire.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CursorTests {

	@Test
	void emptyCursorStartsAtTheFirstPage() {
		assertThat(CursorQuery.parse("", 20).isFirstPage()).isTrue();
		assertThat(CursorQuery.parse(null, 20).isFirstPage()).isTrue();
	}

	@Test
	void cursorsRoundTripPositionAndDirection() {
		String position = "2026-11-21T10:00:00Z|01a1fe5a-dc5d-736f-9130-eebbce6c4d06";
		CursorQuery after = CursorQuery.parse(CursorQuery.after(position), 20);
		assertThat(after.position()).isEqualTo(position);
		assertThat(after.backwards()).isFalse();
		CursorQuery before = CursorQuery.parse(CursorQuery.before(position), 20);
		assertThat(before.position()).isEqualTo(position);
		assertThat(before.backwards()).isTrue();
	}

	@Test
	void cursorsAreOpaqueAndUrlSafe() {
		String cursor = CursorQuery.after("a/b+c?d");
		assertThat(cursor).doesNotContain("a/b").matches("[A-Za-z0-9_-]+");
	}

	@Test
	void forgedCursorsAreRejected() {
		for (String forged : List.of("%%%", "bm90LWEtY3Vyc29y", "eDpmb28")) {
			assertThatExceptionOfType(ApiProblem.class).isThrownBy(() -> CursorQuery.parse(forged, 20))
				.satisfies((problem) -> assertThat(problem.code()).isEqualTo("invalid_cursor"));
		}
	}

	@Test
	void responseLinksCarryCursorsAndDropPageNumbers() {
		UriComponentsBuilder list = UriComponentsBuilder
			.fromUriString("http://localhost:8080/api/v1/notifications?cursor=&page=3&is_read=false");
		CursorResponse<String> page = CursorResponse.of(List.of("x"), "p9", "p1", list);
		assertThat(page.next()).startsWith("http://localhost:8080/api/v1/notifications?")
			.contains("is_read=false")
			.contains("cursor=" + CursorQuery.after("p9"))
			.doesNotContain("page=");
		assertThat(page.previous()).contains("cursor=" + CursorQuery.before("p1"));
	}

	@Test
	void lastPageHasNoNext() {
		CursorResponse<String> page = CursorResponse.of(List.of(), null, "p1",
				UriComponentsBuilder.fromUriString("http://localhost/x"));
		assertThat(page.next()).isNull();
		assertThat(page.previous()).isNotNull();
	}

}
