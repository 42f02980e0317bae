package org.exsync.engine.port;

/** What became of Exsync's contacts folder of a selection when an unlinking asked to delete it. */
public enum FolderRemoval {
  /** Deleted: Exsync had created it, and it held nothing any more. */
  DELETED,
  /**
   * No folder carries Exsync's marker: never created, or deleted already (by Exsync or the user).
   */
  ABSENT,
  /** Kept: it still holds items or folders that are not Exsync's copies, such as the user's own. */
  KEPT_NOT_EMPTY
}
