package io.openhire.search;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/**
 * A skill of an indexed job with its catalog name: fields {@code skills.id},
 * {@code skills.name} (stemmed) and {@code skills.name_vocabulary} (did-you-mean).
 */
@Embeddable
class IndexedSkill {

	@KeywordField(name = "id", aggregable = Aggregable.YES)
	private UUID skillId;

	@FullTextField(name = "name", analyzer = JobAnalysis.ENGLISH)
	@FullTextField(name = "name_vocabulary", analyzer = JobAnalysis.VOCABULARY)
	private String name;

	@Column(name = "skill_level")
	private @Nullable Integer level;

	private boolean isRequired;

	private @Nullable Integer yearsRequired;

	protected IndexedSkill() {
		// for JPA
	}

	IndexedSkill(UUID skillId, String name, @Nullable Integer level, boolean isRequired,
			@Nullable Integer yearsRequired) {
		this.skillId = skillId;
		this.name = name;
		this.level = level;
		this.isRequired = isRequired;
		this.yearsRequired = yearsRequired;
	}

	// @formatter:off
	UUID skillId() { return skillId; }
	String name() { return name; }
	@Nullable Integer level() { return level; }
	boolean isRequired() { return isRequired; }
	@Nullable Integer yearsRequired() { return yearsRequired; }
	// @formatter:on

}
