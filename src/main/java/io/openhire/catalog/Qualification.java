package io.openhire.catalog;

import java.util.UUID;

import io.openhire.shared.AssignedIdEntity;
import io.openhire.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A degree, diploma or certificate people hold and jobs ask for. */
@Entity
@Table(name = "catalog_qualifications")
class Qualification extends AssignedIdEntity<UUID> {

	static final int NAME_LENGTH = 150;

	static final int FIELD_LENGTH = 100;

	@Id
	private UUID id;

	private String name;

	private String nameNormalized;

	private QualificationLevel level;

	private @Nullable String field;

	@Version
	private long version;

	protected Qualification() {
		// for JPA
	}

	Qualification(String name, QualificationLevel level, @Nullable String field) {
		this.id = Ids.newId();
		this.name = name;
		this.nameNormalized = Names.normalize(name);
		this.level = level;
		this.field = field;
	}

	void change(String name, QualificationLevel level, @Nullable String field) {
		this.name = name;
		this.nameNormalized = Names.normalize(name);
		this.level = level;
		this.field = field;
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	QualificationLevel level() {
		return level;
	}

	@Nullable String field() {
		return field;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
