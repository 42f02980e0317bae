package org.exsync.engine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.exsync.engine.port.Failure;

/**
 * What a removal run did: how many of the items Exsync had copied into the mailbox it deleted, how
 * many are left, what became of the contacts folders Exsync had created for selections, and why it
 * stopped early if it did.
 *
 * @param removed items deleted from the mailbox (or found already gone) in this run
 * @param remaining items still to delete; zero when the removal is complete
 * @param foldersRemoved Exsync's contacts folders deleted in this run, once empty
 * @param foldersKept the names of Exsync's contacts folders kept because they hold the user's own
 *     items or folders
 * @param stop the failure that ended the run early, if any; a throttling stop carries its back-off
 */
public record RemovalReport(
    int removed,
    int remaining,
    int foldersRemoved,
    List<String> foldersKept,
    Optional<Failure> stop) {

  public RemovalReport {
    foldersKept = List.copyOf(foldersKept);
  }

  /** A run that stopped before it came to the folders. */
  public static RemovalReport stopped(int removed, int remaining, Optional<Failure> stop) {
    return new RemovalReport(removed, remaining, 0, List.of(), stop);
  }

  public boolean isComplete() {
    return remaining == 0 && stop.isEmpty();
  }

  /** The back-off to honour when Exchange throttled the run. */
  public Optional<Duration> backoff() {
    return stop.flatMap(Failure::backoffIfThrottled);
  }
}
