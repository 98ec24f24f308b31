package io.openhire.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a skill stands: {@code approved} skills are public; {@code pending} ones were
 * created from a name nobody knew and wait for an admin; {@code merged} ones became an
 * alias of another skill; {@code retired} ones were deleted by an admin. Only approved
 * skills appear in public lists.
 */
enum SkillStatus {

	APPROVED, PENDING, MERGED, RETIRED;

	@JsonValue
	public String value() {
		return ApiValues.of(this);
	}

	@jakarta.persistence.Converter(autoApply = true)
	static class Column extends ApiValues.Converter<SkillStatus> {

		Column() {
			super(SkillStatus.class);
		}

	}

}
