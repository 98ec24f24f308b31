package io.openhire.catalog;

import io.openhire.shared.ApiProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogNamesTests {

	@Test
	void namesCompareTrimmedCollapsedAndCaseInsensitively() {
		assertThat(Names.normalize("  Critical   Care Nursing ")).isEqualTo("critical care nursing");
		assertThat(Names.display("  Critical   Care Nursing ")).isEqualTo("Critical Care Nursing");
	}

	@Test
	void slugsSpellOutSymbolsAndDropAccents() {
		assertThat(Names.slug("C++")).isEqualTo("c-plus-plus");
		assertThat(Names.slug("C#")).isEqualTo("c-sharp");
		assertThat(Names.slug(".NET")).isEqualTo("dotnet");
		assertThat(Names.slug("Node.js")).isEqualTo("node-js");
		assertThat(Names.slug("Français")).isEqualTo("francais");
		assertThat(Names.slug("R&D")).isEqualTo("r-and-d");
		assertThat(Names.slug("!!!")).isEqualTo("item");
	}

	@Test
	void searchPrefixesEscapeWildcards() {
		assertThat(Names.prefixPattern(" JS ")).isEqualTo("js%");
		assertThat(Names.prefixPattern("50%_")).isEqualTo("50\\%\\_%");
		assertThat(Names.prefixPattern("  ")).isNull();
		assertThatThrownBy(() -> Names.prefixPattern("x".repeat(101))).isInstanceOf(ApiProblem.class);
	}

	@Test
	void placesCheckCountryAndCoordinates() {
		assertThat(Place.country("country", "nl")).isEqualTo("NL");
		assertThatThrownBy(() -> Place.country("country", "UK")).isInstanceOf(ApiProblem.class);
		assertThatThrownBy(() -> Place.country("country", "XX")).isInstanceOf(ApiProblem.class);
		assertThatThrownBy(() -> new Place("A", null, "NL", 91, 0)).isInstanceOf(ApiProblem.class);
		assertThatThrownBy(() -> new Place("A", null, "NL", 0, -180.5)).isInstanceOf(ApiProblem.class);
		assertThat(new Place(" Den  Haag", "Zuid-Holland", "NL", 52.08, 4.31).key())
			.isEqualTo("den haag|zuid-holland|NL");
	}

}
