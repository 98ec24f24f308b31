package io.openhire.search;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A skill of an indexed candidate at its level: fields {@code skills.id} and
 * {@code skills.level} of one nested object per skill, so "skill X at level 5 or more" is
 * asked of one skill, never of X's id and another skill's level.
 */
@Embeddable
class CandidateSkill {

	@KeywordField(name = "id")
	private UUID skillId;

	@GenericField(name = "level")
	@Column(name = "skill_level")
	private int level;

	protected CandidateSkill() {
		// for JPA
	}

	CandidateSkill(UUID skillId, int level) {
		this.skillId = skillId;
		this.level = level;
	}

	// @formatter:off
	UUID skillId() { return skillId; }
	int level() { return level; }
	// @formatter:on

}
