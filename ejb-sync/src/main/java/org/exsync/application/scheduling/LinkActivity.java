package org.exsync.application.scheduling;

/** What a link is doing now, as the admin pages show it. */
public enum LinkActivity {
  /** Waits for its next run. */
  IDLE,
  /** Claimed by a server and waiting for room in its budget owner's window. */
  QUEUED,
  RUNNING,
  /** Exchange or SuperOffice asked to back off; runs again when the back-off is over. */
  THROTTLED,
  /** The user must consent again; the link resumes by itself afterwards. */
  NEEDS_REAUTHENTICATION,
  /** Stopped by an admin or a safety rule until an admin resumes it. */
  PAUSED,
  /** Switched off; the scheduler leaves it alone. */
  DISABLED,
  /** The last run failed; it is retried at the next run time. */
  ERROR
}
