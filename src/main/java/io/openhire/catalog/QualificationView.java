package io.openhire.catalog;

import java.io.Serializable;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A qualification as API.md shows it. */
record QualificationView(UUID id, String name, QualificationLevel level,
		@Nullable String field) implements Serializable {

	static QualificationView of(Qualification qualification) {
		return new QualificationView(qualification.id(), qualification.name(), qualification.level(),
				qualification.field());
	}

}
