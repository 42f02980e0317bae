package org.exsync.engine;

/** How the run of one sync pair ended. */
public enum PairStatus {
  /** Every change was applied. */
  COMPLETED,
  /** Some items failed; the rest were applied and the cursor moved on. */
  PARTIAL,
  /** Exchange or SuperOffice asked to back off; what was applied is kept, the rest waits. */
  THROTTLED,
  /** The run would have deleted too much; nothing destructive was done and an alert was raised. */
  MASS_DELETE_STOPPED,
  /** The pair could not be read or written at all; nothing moved. */
  FAILED,
  /** The run stopped before this pair (re-authentication or a denial). */
  NOT_RUN
}
