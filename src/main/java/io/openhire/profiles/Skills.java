package io.openhire.profiles;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What this module needs of the catalog's skills: names for ids, and a skill for a name
 * someone typed. A port, so the rest of the module does not care how the catalog answers.
 */
interface Skills {

	record Skill(UUID id, String name) {

	}

	/**
	 * The skills with these ids, keyed by the id asked for; unknown ids are absent. A
	 * skill merged into another answers the other one.
	 */
	Map<UUID, Skill> findAll(Collection<UUID> ids);

	/** The skill with this name or alias; an unknown name becomes a pending skill. */
	Skill resolve(String name);

}
