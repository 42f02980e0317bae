package org.exsync.application.sync;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.exsync.application.scheduling.RunResult;
import org.exsync.domain.run.ChangeAction;
import org.exsync.domain.run.RunCounts;
import org.exsync.domain.run.Side;
import org.exsync.engine.ItemFailure;
import org.exsync.engine.PairReport;
import org.exsync.engine.PairStatus;
import org.exsync.engine.RemovalReport;
import org.exsync.engine.SideCounts;
import org.exsync.engine.SyncReport;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;

/** Turns what the engine reports of a run into what the scheduler does next. */
final class RunResults {

  private static final int LISTED_FAILURES = 3;

  private RunResults() {}

  static RunResult of(SyncReport report) {
    RunCounts counts = counts(report);
    if (report.stop().isPresent()) {
      Failure stop = report.stop().get();
      return stop.kind() == FailureKind.NEEDS_REAUTHENTICATION
          ? RunResult.needsReauthentication(stop.reason(), counts)
          : RunResult.failed(withFix(stop), counts);
    }
    if (report.backoffIfThrottled().isPresent()) {
      Duration backoff = report.backoffIfThrottled().get();
      Side side = throttledSide(report);
      return RunResult.throttled(
          side, backoff, side + " asked Exsync to wait " + backoff.toMillis() + " ms", counts);
    }
    if (report.pairs().stream().allMatch(p -> p.status() == PairStatus.FAILED)
        && !report.pairs().isEmpty()) {
      return RunResult.failed(failures(report.itemFailures()), counts);
    }
    return RunResult.completed(counts);
  }

  /** A removal that deleted every copy ends the link; one stopped early runs again. */
  static RunResult of(RemovalReport report) {
    RunCounts counts = RunCounts.none().plus(Side.EXCHANGE, ChangeAction.DELETED, report.removed());
    if (report.isComplete()) {
      return RunResult.removed(counts, report.foldersRemoved(), report.foldersKept());
    }
    Failure stop = report.stop().orElseThrow();
    return switch (stop.kind()) {
      case THROTTLED ->
          RunResult.throttled(
              Side.EXCHANGE,
              report.backoff().orElse(Duration.ZERO),
              "Exchange asked Exsync to wait while removing the synced items",
              counts);
      case NEEDS_REAUTHENTICATION -> RunResult.needsReauthentication(stop.reason(), counts);
      case TRANSIENT, CONFLICT, GONE, REJECTED, DENIED ->
          RunResult.failed(
              "Removing the synced items stopped with "
                  + report.remaining()
                  + " left: "
                  + withFix(stop),
              counts);
    };
  }

  static RunCounts counts(SyncReport report) {
    RunCounts counts = RunCounts.none();
    for (Side side : Side.values()) {
      SideCounts done = report.counts(side);
      counts =
          counts
              .plus(side, ChangeAction.CREATED, done.created())
              .plus(side, ChangeAction.UPDATED, done.updated())
              .plus(side, ChangeAction.DELETED, done.deleted());
    }
    return counts.plusConflicts(report.conflicts()).plusErrors(report.itemFailures().size());
  }

  /** The side whose throttling stopped a pair; Exchange unless SuperOffice's did. */
  private static Side throttledSide(SyncReport report) {
    return report.pairs().stream()
        .filter(p -> p.status() == PairStatus.THROTTLED)
        .map(PairReport::failures)
        .flatMap(List::stream)
        .filter(f -> f.failure().kind() == FailureKind.THROTTLED)
        .map(ItemFailure::side)
        .findFirst()
        .orElse(Side.EXCHANGE);
  }

  private static String failures(List<ItemFailure> failures) {
    if (failures.isEmpty()) {
      return "No item kind could be synced";
    }
    String listed =
        failures.stream()
            .limit(LISTED_FAILURES)
            .map(f -> f.side() + " " + f.itemId() + ": " + withFix(f.failure()))
            .collect(Collectors.joining("; "));
    return failures.size() > LISTED_FAILURES
        ? listed + "; and " + (failures.size() - LISTED_FAILURES) + " more"
        : listed;
  }

  private static String withFix(Failure failure) {
    return failure.fix() == null || failure.fix().isBlank()
        ? failure.reason()
        : failure.reason() + ". " + failure.fix();
  }
}
