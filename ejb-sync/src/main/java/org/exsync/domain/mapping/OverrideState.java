package org.exsync.domain.mapping;

/** Where an admin's override of a conflict stands. */
public enum OverrideState {
  /** Asked for; the link's next run writes the chosen version. */
  REQUESTED,
  /** The chosen version is on both sides. */
  APPLIED,
  /** Not applied: the item changed again since the conflict, or a side refused the version. */
  REFUSED
}
