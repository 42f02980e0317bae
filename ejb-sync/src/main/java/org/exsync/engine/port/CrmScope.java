package org.exsync.engine.port;

import java.util.Objects;
import org.exsync.domain.shared.ItemKind;

/**
 * Which SuperOffice items one sync pair covers: an associate's diary items or to-dos within the
 * window, the associate's own contacts, or the members of one selection.
 *
 * @param kind diary, task or contact
 * @param associateId the SuperOffice associate the items belong to
 * @param selectionId for contacts from a selection, its id; null otherwise
 * @param window for diary items and tasks, the span kept in step; null for contacts
 */
public record CrmScope(ItemKind kind, int associateId, Integer selectionId, SyncWindow window) {

  public CrmScope {
    Objects.requireNonNull(kind, "kind");
    if (associateId < 1) {
      throw new IllegalArgumentException("associateId must be at least 1, got " + associateId);
    }
    if (selectionId != null && kind != ItemKind.CONTACT) {
      throw new IllegalArgumentException("Only contacts come from a selection, not " + kind);
    }
    if (kind != ItemKind.CONTACT && window == null) {
      throw new IllegalArgumentException(kind + " items are kept in step within a window");
    }
  }

  public static CrmScope diary(int associateId, SyncWindow window) {
    return new CrmScope(ItemKind.DIARY, associateId, null, window);
  }

  public static CrmScope tasks(int associateId, SyncWindow window) {
    return new CrmScope(ItemKind.TASK, associateId, null, window);
  }

  public static CrmScope ownContacts(int associateId) {
    return new CrmScope(ItemKind.CONTACT, associateId, null, null);
  }

  public static CrmScope selection(int associateId, int selectionId) {
    return new CrmScope(ItemKind.CONTACT, associateId, selectionId, null);
  }
}
