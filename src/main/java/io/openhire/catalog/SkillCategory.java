package io.openhire.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of a skill. API.md names clinical, technical, soft, language, tool and
 * administrative; the catalog adds trade, hospitality and business for the skilled
 * trades, hospitality and commercial work it covers, and other for the rest (and for
 * skills created from unknown names until an admin files them).
 */
enum SkillCategory {

	CLINICAL, TECHNICAL, TOOL, SOFT, LANGUAGE, ADMINISTRATIVE, TRADE, HOSPITALITY, BUSINESS, OTHER;

	@JsonValue
	public String value() {
		return ApiValues.of(this);
	}

	@jakarta.persistence.Converter(autoApply = true)
	static class Column extends ApiValues.Converter<SkillCategory> {

		Column() {
			super(SkillCategory.class);
		}

	}

}
