package io.openhire.catalog;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.openhire.shared.Ids;
import org.jspecify.annotations.Nullable;

import org.springframework.cache.Cache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's skills for other modules: profiles and jobs keep skill ids and ask here
 * for names, and hand over names people typed to get ids.
 * <p>
 * Lookups follow merges: the id of a skill that an admin merged into another answers the
 * other skill, so references held elsewhere never need rewriting. Skills an admin deleted
 * (retired) still answer, so that what refers to them keeps its name. Lookups by id are
 * cached and cleared when an admin changes skills.
 */
@Service
@Transactional(readOnly = true)
public class SkillCatalog {

	private static final int MAX_MERGE_HOPS = 10;

	private final Skills skills;

	private final CatalogCaches caches;

	private final Clock clock;

	SkillCatalog(Skills skills, CatalogCaches caches, Clock clock) {
		this.skills = skills;
		this.caches = caches;
		this.clock = clock;
	}

	/**
	 * Approved, pending and retired skills by id, following merges; unknown ids are
	 * absent from the map.
	 */
	public Map<UUID, SkillRef> findAll(Collection<UUID> ids) {
		Cache cache = caches.cache(CatalogCaches.SKILL_REFS);
		Map<UUID, SkillRef> found = new HashMap<>();
		Set<UUID> missing = new LinkedHashSet<>();
		for (UUID id : ids) {
			SkillRef cached = (id != null) ? cache.get(id, SkillRef.class) : null;
			if (cached != null) {
				found.put(id, cached);
			}
			else if (id != null) {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			Map<UUID, Skill> loaded = new HashMap<>();
			skills.findAllById(missing).forEach((skill) -> loaded.put(skill.id(), skill));
			for (UUID id : missing) {
				Skill skill = loaded.get(id);
				Skill target = (skill != null) ? followMerges(skill, loaded) : null;
				if (target != null) {
					found.put(id, target.ref());
					cache.putIfAbsent(id, target.ref());
				}
			}
		}
		return found;
	}

	public Optional<SkillRef> find(UUID id) {
		return Optional.ofNullable(findAll(Set.of(id)).get(id));
	}

	/**
	 * The skill with this name or alias (case-insensitive, trimmed); an unknown name
	 * creates a pending skill (category {@code other}) that only admins see until they
	 * approve it or merge it into another. A retired skill named again goes back to
	 * pending.
	 * @throws io.openhire.shared.ApiProblem {@code validation_failed} on {@code name}
	 * when the name is blank or longer than 100 characters
	 */
	@Transactional
	public SkillRef resolve(String name) {
		String display = Names.required("name", name, Skill.NAME_LENGTH);
		String key = Names.normalize(display);
		for (int attempt = 0; attempt < 5; attempt++) {
			Optional<Skill> known = skills.findByNameNormalized(key).or(() -> skills.findByAlias(key));
			if (known.isPresent()) {
				Skill skill = followMerges(known.get(), new HashMap<>());
				if (skill == null) {
					break;
				}
				skill.reopen();
				return skill.ref();
			}
			// nothing happens if someone else adds the name (or takes the slug)
			// meanwhile: look again
			skills.insertPending(Ids.newId(), display, key, freeSlug(display, attempt), clock.instant());
		}
		throw new IllegalStateException("Could not resolve the skill name " + display);
	}

	private String freeSlug(String name, int attempt) {
		String base = Names.slug(name);
		String slug = (attempt == 0) ? base : base + "-" + (attempt + 1);
		for (int n = 2; skills.existsBySlug(slug); n++) {
			slug = base + "-" + (n + attempt);
		}
		return slug;
	}

	private @Nullable Skill followMerges(Skill skill, Map<UUID, Skill> loaded) {
		Skill current = skill;
		for (int hop = 0; current.status() == SkillStatus.MERGED && hop < MAX_MERGE_HOPS; hop++) {
			UUID next = current.mergedInto();
			if (next == null) {
				return null;
			}
			Skill target = loaded.get(next);
			if (target == null) {
				target = skills.findById(next).orElse(null);
				if (target == null) {
					return null;
				}
				loaded.put(next, target);
			}
			current = target;
		}
		return (current.status() == SkillStatus.MERGED) ? null : current;
	}

}
