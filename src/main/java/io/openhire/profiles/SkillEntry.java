package io.openhire.profiles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.openhire.profiles.Choices.Proficiency;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A catalog skill on a candidate profile, at a level from 1 to 10. A profile holds each
 * skill once.
 */
@Entity
@Table(name = "candidate_skills")
class SkillEntry extends ProfileEntry {

	/**
	 * A skill by {@code skill_id}, or by {@code name} (resolved through the catalog's
	 * aliases; an unknown name becomes a pending skill).
	 */
	record Fields(@Nullable UUID skillId, @Nullable @Size(max = 100) String name,
			@NotNull @Min(1) @Max(10) Integer level, @Nullable @Min(0) @Max(70) Integer yearsOfExperience,
			@Nullable @PastOrPresent LocalDate lastUsed) implements EntryFields {

		@Override
		public void check(Problems problems) {
			boolean byName = name != null && !name.isBlank();
			if (skillId == null && !byName) {
				problems.add("skill_id", "Give skill_id, or the skill's name.");
			}
			if (skillId != null && name != null) {
				problems.add("name", "Give skill_id or name, not both.");
			}
		}

	}

	record SkillSummary(UUID id, @Nullable String name) {

	}

	record View(UUID id, SkillSummary skill, int level, Proficiency proficiency, @Nullable Integer yearsOfExperience,
			@Nullable LocalDate lastUsed, boolean verifiedByAssessment) {

	}

	private UUID skillId;

	private int level;

	private @Nullable Integer yearsOfExperience;

	private @Nullable LocalDate lastUsed;

	private boolean verifiedByAssessment;

	protected SkillEntry() {
		// for JPA
	}

	SkillEntry(UUID profileId, UUID skillId, Fields fields, Instant now) {
		super(profileId, now);
		replace(skillId, fields);
	}

	/**
	 * Changing the skill drops an assessment's verification, which was of the old one.
	 */
	void replace(UUID skillId, Fields fields) {
		if (!skillId.equals(this.skillId)) {
			this.verifiedByAssessment = false;
		}
		this.skillId = skillId;
		this.level = fields.level();
		this.yearsOfExperience = fields.yearsOfExperience();
		this.lastUsed = fields.lastUsed();
	}

	Fields fields() {
		return new Fields(skillId, null, level, yearsOfExperience, lastUsed);
	}

	/**
	 * @param skill the catalog's skill of the entry (the skill it was merged into, if
	 * so), or {@code null} if the catalog does not know it
	 */
	View view(Skills.@Nullable Skill skill) {
		SkillSummary summary = (skill != null) ? new SkillSummary(skill.id(), skill.name())
				: new SkillSummary(skillId, null);
		return new View(id(), summary, level, Proficiency.of(level), yearsOfExperience, lastUsed, verifiedByAssessment);
	}

	UUID skillId() {
		return skillId;
	}

	int level() {
		return level;
	}

}
