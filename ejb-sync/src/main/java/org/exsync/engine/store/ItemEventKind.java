package org.exsync.engine.store;

/**
 * What the engine did with one item, or why it deliberately left a change alone: the entries of an
 * item's history that answer "why did this item sync, or not".
 */
public enum ItemEventKind {
  /** Written as a new item to a side. */
  CREATED,
  /** A side's copy was overwritten with the other side's content. */
  UPDATED,
  /** Deleted on a side because it was deleted on the other. */
  DELETED,
  /** New on both sides on the first sync and the same item: linked instead of duplicated. */
  MATCHED,
  /** A reported change was Exsync's own write coming back; nothing to do. */
  ECHO_DROPPED,
  /** A new item outside the sync window; not synced. */
  OUTSIDE_WINDOW,
  /** A synced item left the sync window or filter; both sides keep it, no longer linked. */
  UNLINKED,
  /** The person left the selection: removed from the selection's folder, kept in SuperOffice. */
  LEFT_SELECTION,
  /** Deleted on both sides between two runs; only the link between them ended. */
  DELETED_ON_BOTH,
  /** Changed on both sides; the detail says which version was kept and by which rule. */
  CONFLICT,
  /** An edit or deletion of a booking's copy was undone from the organizer's version. */
  BOOKING_EDIT_REJECTED,
  /** A deletion held back because the run would have deleted too many items. */
  MASS_DELETE_HELD,
  /** Not written because the side asked Exsync to slow down; tried again on a later run. */
  THROTTLED,
  /** Reading or writing the item failed; the detail holds the reason. */
  FAILED
}
