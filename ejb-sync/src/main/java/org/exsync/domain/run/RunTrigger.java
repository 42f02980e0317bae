package org.exsync.domain.run;

/** What started a run. */
public enum RunTrigger {
  /** A rank timer tick. */
  SCHEDULED,
  /** An admin's "sync now". */
  MANUAL
}
