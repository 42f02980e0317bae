package org.exsync.application.link;

import java.time.Instant;
import java.util.Optional;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.run.RunTrigger;
import org.exsync.domain.run.SyncRun;

/** One recorded sync run as the dashboard lists it. */
public record RunRow(
    long runId,
    String associateName,
    String mailbox,
    RunTrigger trigger,
    RunOutcome outcome,
    Instant startedAt,
    Optional<Instant> finishedAt,
    int changes,
    int conflicts,
    int errors,
    String message) {

  static RunRow of(SyncRun run) {
    return new RunRow(
        run.getId(),
        run.getLink().getAssociate().getName(),
        run.getLink().getMailbox().getSmtpAddress(),
        run.getTrigger(),
        run.getOutcome(),
        run.getStartedAt(),
        run.getFinishedAt(),
        run.getCounts().totalChanges(),
        run.getCounts().getConflicts(),
        run.getCounts().getErrors(),
        run.getMessage().orElse(""));
  }
}
