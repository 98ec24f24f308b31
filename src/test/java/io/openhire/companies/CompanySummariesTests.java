package io.openhire.companies;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.openhire.shared.VerificationStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * What {@link CompanySummaries} keeps, and what a change made during a read leaves kept.
 */
class CompanySummariesTests {

	final UUID id = UUID.randomUUID();

	final Companies companies = mock(Companies.class);

	final CompanySummaries summaries = new CompanySummaries(companies);

	@Test
	void aBulkReadKeepsWhatItReadForTheNextOne() {
		when(companies.summaries(any())).thenReturn(rows("Old name"));
		assertThat(summaries.findAll(List.of(id)).get(id).name()).isEqualTo("Old name");
		assertThat(summaries.findAll(List.of(id)).get(id).name()).isEqualTo("Old name");
		assertThat(summaries.find(id)).get().extracting(CompanySummary::name).isEqualTo("Old name");
		verify(companies, times(1)).summaries(any());
	}

	@Test
	void aBulkReadDuringWhichTheCompanyChangedKeepsNothing() {
		when(companies.summaries(any())).thenAnswer((call) -> {
			// the change commits while this read is under way: the read has the old name
			summaries.on(new CompanyChanged(id, Instant.now()));
			return rows("Old name");
		});
		assertThat(summaries.findAll(List.of(id)).get(id).name()).as("this read's answer").isEqualTo("Old name");

		// (doReturn: stubbing through the call would run the answer above once more)
		doReturn(rows("New name")).when(companies).summaries(any());
		assertThat(summaries.findAll(List.of(id)).get(id).name()).isEqualTo("New name");
	}

	@Test
	void aChangeOrADeletionForgetsTheCompany() {
		when(companies.summaries(any())).thenReturn(rows("Old name"));
		summaries.findAll(Set.of(id));
		summaries.on(new CompanyChanged(id, Instant.now()));
		summaries.findAll(Set.of(id));
		summaries.on(new CompanyDeleted(id, Instant.now()));
		summaries.findAll(Set.of(id));
		verify(companies, times(3)).summaries(any());
	}

	private List<Object[]> rows(String name) {
		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { id, name, CompanyType.COMPANY, VerificationStatus.VERIFIED, null });
		return rows;
	}

}
