package org.exsync.domain.mapping;

/** The state of an item pair. */
public enum MappingState {
  /** Both sides hold what Exsync last wrote or read. */
  SYNCED,
  /** Both sides changed and the conflict waits for an admin. */
  CONFLICT,
  /** The item was deleted on one side and removed from the other; kept to explain the deletion. */
  TOMBSTONE
}
