package io.openhire.catalog;

import java.io.Serializable;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A job category as other modules refer to it and show it ({@code category: {id, name}}).
 *
 * @param id the category's id
 * @param name its name
 * @param slug its name in URL form
 * @param parentId the category it sits under, {@code null} at the top of the tree
 */
public record CategoryRef(UUID id, String name, String slug, @Nullable UUID parentId) implements Serializable {

}
