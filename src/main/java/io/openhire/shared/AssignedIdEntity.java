package io.openhire.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * Base of every entity whose id is set when it is made ({@link Ids#newId()}, or the id of
 * the user it belongs to), not by the database. Spring Data cannot tell from such an id
 * whether the entity is stored yet: it would {@code merge} a new one (a {@code SELECT} by
 * id, then the {@code INSERT}), and for a primitive {@code @Version} it looks for a
 * getter by throwing and catching an exception on every save. This tells it: new until
 * persisted or loaded, so {@code save} inserts at once.
 *
 * @param <I> the type of the id
 */
@MappedSuperclass
public abstract class AssignedIdEntity<I> implements Persistable<I> {

	@Transient
	private boolean stored;

	@Override
	public boolean isNew() {
		return !this.stored;
	}

	@PostPersist
	@PostLoad
	void markStored() {
		this.stored = true;
	}

}
