package io.openhire.catalog;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A skill as API.md shows it. {@code status} and {@code merged_into_id} are shown to
 * admins only (everyone else sees approved skills alone).
 */
record SkillView(UUID id, String name, String slug, SkillCategory category, List<String> aliases,
		@Nullable String description, int popularity,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable SkillStatus status,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable UUID mergedIntoId) implements Serializable {

	SkillView {
		aliases = List.copyOf(aliases);
	}

	static SkillView of(Skill skill) {
		return new SkillView(skill.id(), skill.name(), skill.slug(), skill.category(), skill.aliases(),
				skill.description(), skill.popularity(), skill.status(), skill.mergedInto());
	}

	/** The view for a caller who is not an admin. */
	SkillView forPublic() {
		return new SkillView(id, name, slug, category, aliases, description, popularity, null, null);
	}

}
