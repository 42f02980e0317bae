package org.exsync.sandbox.superoffice.store;

/** An appointment's progress, the {@code Completed} property of the Web API. */
public enum Completion {
  NotStarted,
  Started,
  Completed
}
