package org.exsync.sandbox.ews.store;

import java.util.List;

/**
 * One page of a folder's changes for SyncFolderItems.
 *
 * @param changes the changes, oldest first
 * @param reached the change sequence the next sync state starts after
 * @param includesLast true when no further changes wait
 */
public record SyncChanges(List<Change> changes, long reached, boolean includesLast) {

  public enum Type {
    CREATE,
    UPDATE,
    DELETE
  }

  /**
   * @param type what happened
   * @param itemId the item's id
   * @param item the item as it is now, or null for a deletion
   * @param sequence the change's place in the mailbox's change sequence
   */
  public record Change(Type type, String itemId, Item item, long sequence) {}
}
