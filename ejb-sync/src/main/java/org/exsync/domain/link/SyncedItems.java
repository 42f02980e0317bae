package org.exsync.domain.link;

/** What becomes of the items a link synced when an admin unlinks it. */
public enum SyncedItems {
  /** Both sides keep what they have; Exsync only stops keeping them in step. */
  KEEP,
  /** The items Exsync created in the mailbox are removed; SuperOffice keeps its own. */
  REMOVE
}
