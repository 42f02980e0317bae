package org.exsync.engine.store;

import java.util.Objects;
import org.exsync.domain.shared.ItemKind;

/**
 * One sync pair of a link: an item kind and the scope within it. Diary items, tasks and the
 * associate's own contacts have the scope {@value #DEFAULT_SCOPE}; the members of a selection have
 * {@code selection:<id>}, because one person may be kept in several selection folders at once.
 *
 * @param linkId the SyncLink's id
 * @param kind diary, task or contact
 * @param scope {@value #DEFAULT_SCOPE} or {@code selection:<id>}; at most 64 characters
 */
public record PairKey(long linkId, ItemKind kind, String scope) {

  public static final String DEFAULT_SCOPE = "default";

  public PairKey {
    Objects.requireNonNull(kind, "kind");
    if (scope == null || scope.isBlank() || scope.length() > 64) {
      throw new IllegalArgumentException("A pair's scope needs 1 to 64 characters, got " + scope);
    }
    if (!scope.equals(DEFAULT_SCOPE) && kind != ItemKind.CONTACT) {
      throw new IllegalArgumentException("Only contacts have a scope other than default: " + kind);
    }
  }

  /** The pair of a kind's default scope. */
  public static PairKey of(long linkId, ItemKind kind) {
    return new PairKey(linkId, kind, DEFAULT_SCOPE);
  }

  /** The pair of the members of one selection. */
  public static PairKey selection(long linkId, int selectionId) {
    return new PairKey(linkId, ItemKind.CONTACT, "selection:" + selectionId);
  }

  @Override
  public String toString() {
    return "link " + linkId + " " + kind + "/" + scope;
  }
}
