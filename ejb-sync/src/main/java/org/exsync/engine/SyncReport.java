package org.exsync.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.port.Failure;

/**
 * What one run of a link did, pair by pair, for the SyncRun record and the scheduler.
 *
 * @param linkId the link
 * @param outcome SUCCEEDED, PARTIAL (some items or pairs failed), THROTTLED or FAILED (stopped)
 * @param pairs each sync pair's report, in the order they ran
 * @param backoff how long the budget owner must pause, when a side throttled; otherwise null
 * @param stopReason why the run stopped early (re-authentication needed, access denied); or null
 * @param startedAt when the run started
 * @param finishedAt when it ended
 */
public record SyncReport(
    long linkId,
    RunOutcome outcome,
    List<PairReport> pairs,
    Duration backoff,
    Failure stopReason,
    Instant startedAt,
    Instant finishedAt) {

  public SyncReport {
    pairs = List.copyOf(pairs);
  }

  public Optional<Duration> backoffIfThrottled() {
    return Optional.ofNullable(backoff);
  }

  public Optional<Failure> stop() {
    return Optional.ofNullable(stopReason);
  }

  /** What the run did to one side for one kind, summed over the kind's pairs. */
  public SideCounts counts(ItemKind kind, Side side) {
    return pairs.stream()
        .filter(p -> p.pair().kind() == kind)
        .map(p -> side == Side.CRM ? p.crm() : p.exchange())
        .reduce(SideCounts.NONE, SideCounts::plus);
  }

  /** What the run did to one side over all kinds. */
  public SideCounts counts(Side side) {
    return pairs.stream()
        .map(p -> side == Side.CRM ? p.crm() : p.exchange())
        .reduce(SideCounts.NONE, SideCounts::plus);
  }

  public int conflicts() {
    return pairs.stream().mapToInt(PairReport::conflicts).sum();
  }

  public int echoesSkipped() {
    return pairs.stream().mapToInt(PairReport::echoesSkipped).sum();
  }

  /** Every failed and skipped item, for the run's error count and message. */
  public List<ItemFailure> itemFailures() {
    return pairs.stream()
        .flatMap(p -> java.util.stream.Stream.concat(p.failures().stream(), p.skipped().stream()))
        .toList();
  }
}
