package org.exsync.engine.plan;

/** How one side of an item pair changed since the last sync. */
public enum ChangeKind {
  /** New on this side: no mapping knows it yet. */
  ADDED,
  /** Its content hash differs from what Exsync last synced to or from this side. */
  CHANGED,
  /** A real delete signal: Exchange reported it deleted, or SuperOffice no longer has it. */
  DELETED,
  /** Not reported, or reported with the hash last synced (an echo of Exsync's own write). */
  UNCHANGED
}
