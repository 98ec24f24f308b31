package io.openhire.catalog;

import java.io.Serializable;
import java.util.UUID;

/**
 * A skill as other modules refer to it and show it ({@code skill: {id, name}}).
 *
 * @param id the skill's id; for a merged skill, the id of the skill it was merged into
 * @param name its name
 * @param slug its name in URL form
 */
public record SkillRef(UUID id, String name, String slug) implements Serializable {

}
