package org.exsync.domain.link;

/** What a sync link is doing or why it is not running. */
public enum LinkState {
  /** Waiting for its next run. */
  IDLE,
  /** An instance holds the lease and runs it. */
  RUNNING,
  /** The mailbox grant stopped working; the link waits for the user to consent again. */
  NEEDS_REAUTHENTICATION,
  /** The last run failed; the link is retried at its next run time. */
  FAILED,
  /**
   * Stopped by a safety rule, for example a run that would delete too much; an admin resumes it.
   */
  PAUSED
}
