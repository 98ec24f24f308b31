package io.openhire.profiles;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.openhire.catalog.SkillCatalog;
import io.openhire.catalog.SkillRef;

import org.springframework.stereotype.Component;

/** {@link Skills} answered by the catalog module. */
@Component
class CatalogSkills implements Skills {

	private final SkillCatalog catalog;

	CatalogSkills(SkillCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public Map<UUID, Skill> findAll(Collection<UUID> ids) {
		Map<UUID, Skill> found = new LinkedHashMap<>();
		catalog.findAll(ids).forEach((id, ref) -> found.put(id, skill(ref)));
		return found;
	}

	@Override
	public Skill resolve(String name) {
		return skill(catalog.resolve(name));
	}

	private static Skill skill(SkillRef ref) {
		return new Skill(ref.id(), ref.name());
	}

}
