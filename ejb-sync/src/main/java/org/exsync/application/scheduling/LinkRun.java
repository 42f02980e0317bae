package org.exsync.application.scheduling;

/**
 * The sync of one link, as the scheduler starts it: a CDI bean of the application implements it
 * (the sync engine's wiring). The scheduler calls it on a managed executor thread outside any
 * transaction, after it claimed the link and opened its {@link org.exsync.domain.run.SyncRun}; the
 * implementation runs its own transactions (one per batch) and never changes the link's schedule,
 * which the scheduler updates from the result. It must not throw: every failure comes back as a
 * {@link RunResult}; an exception that escapes anyway is recorded as a failed run.
 */
public interface LinkRun {

  /** Syncs every item kind of the link once and says how it went. */
  RunResult run(long linkId);
}
