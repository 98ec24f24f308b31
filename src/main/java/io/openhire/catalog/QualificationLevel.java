package io.openhire.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/** How advanced a qualification is. */
enum QualificationLevel {

	CERTIFICATE, DIPLOMA, BACHELOR, MASTER, DOCTORATE;

	@JsonValue
	public String value() {
		return ApiValues.of(this);
	}

	@jakarta.persistence.Converter(autoApply = true)
	static class Column extends ApiValues.Converter<QualificationLevel> {

		Column() {
			super(QualificationLevel.class);
		}

	}

}
