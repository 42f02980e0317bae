package org.exsync.engine;

import java.time.Duration;
import java.util.Optional;
import org.exsync.engine.port.Failure;

/**
 * What a removal run did: how many of the items Exsync had copied into the mailbox it deleted, how
 * many are left, and why it stopped early if it did.
 *
 * @param removed items deleted from the mailbox (or found already gone) in this run
 * @param remaining items still to delete; zero when the removal is complete
 * @param stop the failure that ended the run early, if any; a throttling stop carries its back-off
 */
public record RemovalReport(int removed, int remaining, Optional<Failure> stop) {

  public boolean isComplete() {
    return remaining == 0 && stop.isEmpty();
  }

  /** The back-off to honour when Exchange throttled the run. */
  public Optional<Duration> backoff() {
    return stop.flatMap(Failure::backoffIfThrottled);
  }
}
