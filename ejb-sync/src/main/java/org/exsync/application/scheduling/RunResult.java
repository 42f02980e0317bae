package org.exsync.application.scheduling;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.exsync.domain.run.RunCounts;
import org.exsync.domain.run.Side;

/**
 * How one {@link LinkRun} ended, with what it changed up to then. The scheduler turns it into the
 * link's next state and the run's record: completed runs again one rank interval later; throttled
 * runs again after the back-off and pauses only the budget owner of that side; a grant that needs
 * re-authentication holds the link until the user consents again; a failure retries at the next
 * interval with the message shown to the admin.
 */
public sealed interface RunResult {

  /** What the run changed before it ended. */
  RunCounts counts();

  static RunResult completed(RunCounts counts) {
    return new Completed(counts);
  }

  /**
   * @param side whose budget ran out: Exchange (BackOffMilliseconds, ErrorServerBusy) or
   *     SuperOffice (Retry-After)
   * @param backOff how long that side asked to wait; zero when it did not say
   */
  static RunResult throttled(Side side, Duration backOff, String message, RunCounts counts) {
    return new Throttled(side, backOff, message, counts);
  }

  static RunResult needsReauthentication(String reason, RunCounts counts) {
    return new NeedsReauthentication(reason, counts);
  }

  static RunResult failed(String message, RunCounts counts) {
    return new Failed(message, counts);
  }

  /**
   * The items Exsync had copied into the mailbox of a user unlinked with removal are deleted, and
   * the contacts folders it had created with them, except those the user keeps items in; the link
   * is to go.
   */
  static RunResult removed(RunCounts counts, int foldersRemoved, List<String> foldersKept) {
    return new Removed(counts, foldersRemoved, foldersKept);
  }

  /** Every item kind was synced; items that failed one by one are counted as errors. */
  record Completed(RunCounts counts) implements RunResult {
    public Completed {
      Objects.requireNonNull(counts, "counts");
    }
  }

  /**
   * @param foldersRemoved Exsync's contacts folders deleted from the mailbox
   * @param foldersKept the names of Exsync's contacts folders kept for the user's own items
   */
  record Removed(RunCounts counts, int foldersRemoved, List<String> foldersKept)
      implements RunResult {
    public Removed {
      Objects.requireNonNull(counts, "counts");
      foldersKept = List.copyOf(foldersKept);
    }
  }

  record Throttled(Side side, Duration backOff, String message, RunCounts counts)
      implements RunResult {
    public Throttled {
      Objects.requireNonNull(side, "side");
      Objects.requireNonNull(counts, "counts");
      if (backOff == null || backOff.isNegative()) {
        throw new IllegalArgumentException("A back-off must be zero or more, got " + backOff);
      }
      message = textOr(message, side + " asked to back off");
    }
  }

  record NeedsReauthentication(String reason, RunCounts counts) implements RunResult {
    public NeedsReauthentication {
      Objects.requireNonNull(counts, "counts");
      reason = textOr(reason, "The mailbox grant needs a new consent");
    }
  }

  record Failed(String message, RunCounts counts) implements RunResult {
    public Failed {
      Objects.requireNonNull(counts, "counts");
      message = textOr(message, "The run failed without saying why");
    }
  }

  private static String textOr(String text, String fallback) {
    return text == null || text.isBlank() ? fallback : text.strip();
  }
}
