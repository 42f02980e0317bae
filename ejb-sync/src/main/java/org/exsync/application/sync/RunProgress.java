package org.exsync.application.sync;

import java.time.Instant;

/**
 * How far the latest run of a link has come on this server.
 *
 * @param planned the items the run's plans need work on so far; it grows as each item kind is
 *     planned
 * @param done the items of committed batches
 * @param running false once the run ended
 */
public record RunProgress(long linkId, int planned, int done, boolean running, Instant updatedAt) {

  public int remaining() {
    return Math.max(0, planned - done);
  }

  /** Done of planned, 0 to 100; a run that planned nothing is at 100 once it ended. */
  public int percent() {
    if (planned == 0) {
      return running ? 0 : 100;
    }
    return (int) Math.min(100, (100L * done) / planned);
  }
}
