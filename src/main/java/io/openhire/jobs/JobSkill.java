package io.openhire.jobs;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A skill a job asks for, by catalog skill id. */
@Embeddable
class JobSkill {

	private UUID skillId;

	@Column(name = "skill_level")
	private @Nullable Integer level;

	private boolean isRequired;

	private @Nullable Integer yearsRequired;

	protected JobSkill() {
		// for JPA
	}

	JobSkill(UUID skillId, @Nullable Integer level, boolean isRequired, @Nullable Integer yearsRequired) {
		this.skillId = skillId;
		this.level = level;
		this.isRequired = isRequired;
		this.yearsRequired = yearsRequired;
	}

	UUID skillId() {
		return skillId;
	}

	@Nullable Integer level() {
		return level;
	}

	boolean isRequired() {
		return isRequired;
	}

	@Nullable Integer yearsRequired() {
		return yearsRequired;
	}

}
