package io.openhire.profiles;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.data.domain.Sort;

/**
 * One collection of a candidate profile ({@code /candidates/me/education}, ...): how its
 * entries are made from what a client sends, changed, turned back into fields (the base
 * of a PATCH), and shown.
 *
 * @param <E> the entry entity
 * @param <F> the fields a client sends
 * @param <V> the entry as the API shows it
 */
abstract class EntryKind<E extends ProfileEntry, F extends EntryFields, V> {

	private final String name;

	private final Class<F> fieldsType;

	private final EntryRepository<E> repository;

	private final Sort order;

	EntryKind(String name, Class<F> fieldsType, EntryRepository<E> repository, Sort order) {
		this.name = name;
		this.fieldsType = fieldsType;
		this.repository = repository;
		this.order = order;
	}

	abstract E create(UUID profileId, F fields, Instant now);

	abstract void replace(E entry, F fields);

	abstract F fields(E entry);

	/** The views of entries of one profile, in one go (skills look up their names). */
	abstract List<V> views(List<E> entries);

	/** A PATCH body before it is merged onto the entry's fields. */
	JsonNode prepare(JsonNode patch) {
		return patch;
	}

	V view(E entry) {
		return views(List.of(entry)).get(0);
	}

	/** The singular noun in messages: "No such education entry." */
	String name() {
		return name;
	}

	Class<F> fieldsType() {
		return fieldsType;
	}

	EntryRepository<E> repository() {
		return repository;
	}

	Sort order() {
		return order;
	}

}
