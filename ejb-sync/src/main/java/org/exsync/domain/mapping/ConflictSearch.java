package org.exsync.domain.mapping;

import org.exsync.domain.shared.ItemKind;

/**
 * Which recorded conflicts an admin looks at; a null criterion takes any.
 *
 * @param linkId the link (one linked user) they happened in
 * @param kind diary, task or contact
 * @param overridden whether an admin overrode them (in any state) or not
 */
public record ConflictSearch(Long linkId, ItemKind kind, Boolean overridden) {

  public static final ConflictSearch ALL = new ConflictSearch(null, null, null);
}
