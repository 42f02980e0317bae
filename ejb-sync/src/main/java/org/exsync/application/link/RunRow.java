package org.exsync.application.link;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.run.RunTrigger;
import org.exsync.domain.run.SyncRun;

/**
 * One recorded sync run as the dashboard and a link's run history list it.
 *
 * @param duration how long the run took; empty while it runs and for runs recorded without it
 * @param backOff how long a throttled run was asked to wait; empty when it was not throttled
 */
public record RunRow(
    long runId,
    long linkId,
    String associateName,
    String mailbox,
    RunTrigger trigger,
    RunOutcome outcome,
    Instant startedAt,
    Optional<Instant> finishedAt,
    int changes,
    int conflicts,
    int errors,
    Optional<Duration> duration,
    Optional<Duration> backOff,
    String message) {

  public boolean throttled() {
    return outcome == RunOutcome.THROTTLED;
  }

  static RunRow of(SyncRun run) {
    return new RunRow(
        run.getId(),
        run.getLinkId(),
        run.getAssociateName(),
        run.getMailboxSmtp(),
        run.getTrigger(),
        run.getOutcome(),
        run.getStartedAt(),
        run.getFinishedAt(),
        run.getCounts().totalChanges(),
        run.getCounts().getConflicts(),
        run.getCounts().getErrors(),
        run.getDuration(),
        run.getBackOff(),
        run.getMessage().orElse(""));
  }
}
