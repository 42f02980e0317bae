package org.exsync.domain.run;

/** How a run ended, or that it has not yet. */
public enum RunOutcome {
  RUNNING,
  SUCCEEDED,
  /** Some items failed; the rest were applied. */
  PARTIAL,
  FAILED,
  /** Exchange asked Exsync to back off before the run was done. */
  THROTTLED
}
