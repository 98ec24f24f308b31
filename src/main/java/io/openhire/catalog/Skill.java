package io.openhire.catalog;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.AssignedIdEntity;
import io.openhire.shared.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A skill people have and jobs ask for, with the other names it goes by. Approved skills
 * are public; pending ones come from names nobody knew and wait for an admin to approve
 * them or merge them into a skill that exists.
 */
@Entity
@Table(name = "catalog_skills")
class Skill extends AssignedIdEntity<UUID> {

	static final int NAME_LENGTH = 100;

	static final int DESCRIPTION_LENGTH = 500;

	static final int MAX_ALIASES = 30;

	@Id
	private UUID id;

	private String name;

	private String nameNormalized;

	private String slug;

	private SkillCategory category;

	private @Nullable String description;

	private int popularity;

	private SkillStatus status;

	private @Nullable UUID mergedInto;

	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "catalog_skill_aliases", joinColumns = @JoinColumn(name = "skill_id"))
	private Set<SkillAlias> aliases = new HashSet<>();

	@Version
	private long version;

	protected Skill() {
		// for JPA
	}

	/** An approved skill, as admins create them. */
	Skill(String name, String slug, SkillCategory category, @Nullable String description, int popularity, Instant now) {
		this.id = Ids.newId();
		this.name = name;
		this.nameNormalized = Names.normalize(name);
		this.slug = slug;
		this.category = category;
		this.description = description;
		this.popularity = popularity;
		this.status = SkillStatus.APPROVED;
		this.createdAt = now;
	}

	void rename(String name, String slug) {
		this.name = name;
		this.nameNormalized = Names.normalize(name);
		this.slug = slug;
	}

	void describe(SkillCategory category, @Nullable String description, int popularity) {
		this.category = category;
		this.description = description;
		this.popularity = popularity;
	}

	/** The aliases become exactly these (an alias equal to the name is left out). */
	void replaceAliases(Collection<SkillAlias> aliases) {
		this.aliases.clear();
		aliases.stream().filter((alias) -> !alias.aliasNormalized().equals(nameNormalized)).forEach(this.aliases::add);
	}

	void approve() {
		if (status == SkillStatus.MERGED) {
			throw ApiProblem.conflict("invalid_transition", "A merged skill cannot be approved.");
		}
		this.status = SkillStatus.APPROVED;
	}

	/**
	 * This skill becomes another name of {@code target}: its aliases move there (the
	 * caller flushes between the two steps, as an alias is unique), its name becomes one
	 * more, and its popularity adds to the target's.
	 * @return the aliases taken from this skill, its name first
	 */
	List<SkillAlias> mergeInto(Skill target) {
		if (status == SkillStatus.MERGED) {
			throw ApiProblem.conflict("invalid_transition", "This skill was merged already.");
		}
		if (target.id.equals(id)) {
			throw ApiProblem.invalid("into_id", "A skill cannot be merged into itself.");
		}
		if (target.status != SkillStatus.APPROVED) {
			throw ApiProblem.invalid("into_id", "Merge into an approved skill.");
		}
		List<SkillAlias> moved = new java.util.ArrayList<>();
		moved.add(SkillAlias.of(name));
		moved.addAll(aliases);
		aliases.clear();
		this.status = SkillStatus.MERGED;
		this.mergedInto = target.id;
		target.popularity = (int) Math.min(Integer.MAX_VALUE, (long) target.popularity + popularity);
		return moved;
	}

	void addAliases(Collection<SkillAlias> more) {
		more.stream().filter((alias) -> !alias.aliasNormalized().equals(nameNormalized)).forEach(aliases::add);
	}

	void retire() {
		if (status == SkillStatus.MERGED) {
			throw ApiProblem.conflict("invalid_transition", "A merged skill cannot be deleted.");
		}
		this.status = SkillStatus.RETIRED;
	}

	/** A retired skill named again by someone goes back to the admins' queue. */
	void reopen() {
		if (status == SkillStatus.RETIRED) {
			this.status = SkillStatus.PENDING;
		}
	}

	SkillRef ref() {
		return new SkillRef(id, name, slug);
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	String nameNormalized() {
		return nameNormalized;
	}

	String slug() {
		return slug;
	}

	SkillCategory category() {
		return category;
	}

	@Nullable String description() {
		return description;
	}

	int popularity() {
		return popularity;
	}

	SkillStatus status() {
		return status;
	}

	@Nullable UUID mergedInto() {
		return mergedInto;
	}

	/** The aliases in alphabetical order. */
	List<String> aliases() {
		return aliases.stream().map(SkillAlias::alias).sorted(Comparator.comparing(String::toLowerCase)).toList();
	}

	Set<String> normalizedAliases() {
		return aliases.stream().map(SkillAlias::aliasNormalized).collect(java.util.stream.Collectors.toSet());
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
