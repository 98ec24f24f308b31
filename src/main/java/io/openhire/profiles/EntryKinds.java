package io.openhire.profiles;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.openhire.shared.ApiProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Order;
import org.springframework.stereotype.Component;

/** The five collections of a candidate profile. */
final class EntryKinds {

	private EntryKinds() {
	}

	private static Order newestFirst(String property) {
		return Order.desc(property).nullsLast();
	}

	@Component
	static class EducationKind extends EntryKind<Education, Education.Fields, Education.View> {

		EducationKind(EducationEntries entries) {
			super("education entry", Education.Fields.class, entries,
					Sort.by(newestFirst("startDate"), Order.desc("id")));
		}

		@Override
		Education create(UUID profileId, Education.Fields fields, Instant now) {
			return new Education(profileId, fields, now);
		}

		@Override
		void replace(Education entry, Education.Fields fields) {
			entry.replace(fields);
		}

		@Override
		Education.Fields fields(Education entry) {
			return entry.fields();
		}

		@Override
		List<Education.View> views(List<Education> entries) {
			return entries.stream().map(Education::view).toList();
		}

	}

	@Component
	static class ExperienceKind extends EntryKind<Experience, Experience.Fields, Experience.View> {

		ExperienceKind(ExperienceEntries entries) {
			super("experience entry", Experience.Fields.class, entries,
					Sort.by(Order.desc("current"), newestFirst("startDate"), Order.desc("id")));
		}

		@Override
		Experience create(UUID profileId, Experience.Fields fields, Instant now) {
			return new Experience(profileId, fields, now);
		}

		@Override
		void replace(Experience entry, Experience.Fields fields) {
			entry.replace(fields);
		}

		@Override
		Experience.Fields fields(Experience entry) {
			return entry.fields();
		}

		@Override
		List<Experience.View> views(List<Experience> entries) {
			return entries.stream().map(Experience::view).toList();
		}

	}

	@Component
	static class CertificationKind extends EntryKind<Certification, Certification.Fields, Certification.View> {

		CertificationKind(CertificationEntries entries) {
			super("certification", Certification.Fields.class, entries,
					Sort.by(newestFirst("issueDate"), Order.desc("id")));
		}

		@Override
		Certification create(UUID profileId, Certification.Fields fields, Instant now) {
			return new Certification(profileId, fields, now);
		}

		@Override
		void replace(Certification entry, Certification.Fields fields) {
			entry.replace(fields);
		}

		@Override
		Certification.Fields fields(Certification entry) {
			return entry.fields();
		}

		@Override
		List<Certification.View> views(List<Certification> entries) {
			return entries.stream().map(Certification::view).toList();
		}

	}

	@Component
	static class PortfolioKind extends EntryKind<PortfolioItem, PortfolioItem.Fields, PortfolioItem.View> {

		PortfolioKind(PortfolioEntries entries) {
			super("portfolio item", PortfolioItem.Fields.class, entries,
					Sort.by(Order.desc("featured"), newestFirst("projectDate"), Order.desc("id")));
		}

		@Override
		PortfolioItem create(UUID profileId, PortfolioItem.Fields fields, Instant now) {
			return new PortfolioItem(profileId, fields, now);
		}

		@Override
		void replace(PortfolioItem entry, PortfolioItem.Fields fields) {
			entry.replace(fields);
		}

		@Override
		PortfolioItem.Fields fields(PortfolioItem entry) {
			return entry.fields();
		}

		@Override
		List<PortfolioItem.View> views(List<PortfolioItem> entries) {
			return entries.stream().map(PortfolioItem::view).toList();
		}

	}

	/**
	 * Skills name catalog skills: by id (an unknown id is a 400 naming {@code skill_id})
	 * or by name (resolved, or created pending, by the catalog). A profile holds a skill
	 * once (409 {@code skill_already_added}).
	 */
	@Component
	static class SkillKind extends EntryKind<SkillEntry, SkillEntry.Fields, SkillEntry.View> {

		private final SkillEntries entries;

		private final Skills skills;

		SkillKind(SkillEntries entries, Skills skills) {
			super("skill entry", SkillEntry.Fields.class, entries, Sort.by(Order.desc("level"), Order.asc("id")));
			this.entries = entries;
			this.skills = skills;
		}

		@Override
		SkillEntry create(UUID profileId, SkillEntry.Fields fields, Instant now) {
			UUID skillId = skillOf(fields);
			if (entries.existsByProfileIdAndSkillId(profileId, skillId)) {
				throw alreadyAdded();
			}
			return new SkillEntry(profileId, skillId, fields, now);
		}

		@Override
		void replace(SkillEntry entry, SkillEntry.Fields fields) {
			UUID skillId = skillOf(fields);
			if (entries.existsByProfileIdAndSkillIdAndIdNot(entry.profileId(), skillId, entry.id())) {
				throw alreadyAdded();
			}
			entry.replace(skillId, fields);
		}

		/**
		 * A PATCH naming the skill by {@code name} replaces the entry's {@code skill_id}:
		 * the merged fields name the skill one way only.
		 */
		@Override
		JsonNode prepare(JsonNode patch) {
			if (patch instanceof ObjectNode object && object.has("name") && !object.has("skill_id")) {
				ObjectNode copy = object.deepCopy();
				copy.putNull("skill_id");
				return copy;
			}
			return patch;
		}

		@Override
		SkillEntry.Fields fields(SkillEntry entry) {
			return entry.fields();
		}

		@Override
		List<SkillEntry.View> views(List<SkillEntry> entries) {
			Map<UUID, Skills.Skill> found = skillsOf(entries);
			return entries.stream().map((entry) -> entry.view(found.get(entry.skillId()))).toList();
		}

		/**
		 * The catalog skills of many entries, by the ids the entries hold, in one call to
		 * the catalog.
		 */
		Map<UUID, Skills.Skill> skillsOf(Collection<SkillEntry> entries) {
			if (entries.isEmpty()) {
				return Map.of();
			}
			return skills.findAll(entries.stream().map(SkillEntry::skillId).collect(Collectors.toSet()));
		}

		/**
		 * The catalog id of the skill the fields name; a skill merged into another is
		 * stored as the other.
		 */
		private UUID skillOf(SkillEntry.Fields fields) {
			if (fields.skillId() != null) {
				Skills.Skill skill = skills.findAll(Set.of(fields.skillId())).get(fields.skillId());
				if (skill == null) {
					throw ApiProblem.invalid("skill_id", "No skill has this id.");
				}
				return skill.id();
			}
			return skills.resolve(fields.name().strip()).id();
		}

		private static ApiProblem alreadyAdded() {
			return ApiProblem.conflict("skill_already_added", "The profile has this skill already; change its entry.");
		}

	}

}
