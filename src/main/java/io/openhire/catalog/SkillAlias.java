package io.openhire.catalog;

import jakarta.persistence.Embeddable;

/** Another name of a skill ("JS" of JavaScript); unique among all aliases. */
@Embeddable
record SkillAlias(String alias, String aliasNormalized) {

	static SkillAlias of(String alias) {
		return new SkillAlias(Names.display(alias), Names.normalize(alias));
	}

}
