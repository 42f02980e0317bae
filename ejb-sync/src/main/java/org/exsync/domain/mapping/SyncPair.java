package org.exsync.domain.mapping;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.exsync.domain.shared.ItemKind;
import org.exsync.domain.shared.Require;

/**
 * One sync pair of a link: an item kind and its scope, {@code default} or {@code selection:<id>}
 * for the members of one selection, whose people may be kept in several folders at once.
 */
@Embeddable
public class SyncPair {

  public static final int SCOPE_LENGTH = 64;

  @Column(name = "link_id", nullable = false, updatable = false)
  private long linkId;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_kind", nullable = false, updatable = false, length = 32)
  private ItemKind kind;

  @Column(name = "pair_scope", nullable = false, updatable = false, length = SCOPE_LENGTH)
  private String scope;

  protected SyncPair() {}

  public SyncPair(long linkId, ItemKind kind, String scope) {
    this.linkId = linkId;
    this.kind = Require.present(kind, "kind");
    this.scope = Require.text(scope, "scope", SCOPE_LENGTH);
  }

  public long linkId() {
    return linkId;
  }

  public ItemKind kind() {
    return kind;
  }

  public String scope() {
    return scope;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SyncPair pair
        && pair.linkId == linkId
        && pair.kind == kind
        && pair.scope.equals(scope);
  }

  @Override
  public int hashCode() {
    return Objects.hash(linkId, kind, scope);
  }

  @Override
  public String toString() {
    return "link " + linkId + " " + kind + "/" + scope;
  }
}
