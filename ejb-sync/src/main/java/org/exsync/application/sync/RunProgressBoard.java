package org.exsync.application.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.exsync.engine.SyncProgress;
import org.exsync.engine.store.PairKey;

/**
 * The progress of the runs going on this server, as their engines tell it, kept in memory. A run
 * shows once its plans found work; the last run of a link that had work stays shown for a while
 * after it ended, so that the admin sees an initial sync reach its end even when a quick run with
 * nothing to do follows it. Runs on other servers of a cluster are not seen here.
 */
@ApplicationScoped
public class RunProgressBoard {

  /** How long the figures of an ended run stay on the board. */
  static final Duration KEPT_AFTER_END = Duration.ofMinutes(10);

  @Inject private Clock clock;

  private final Map<Long, RunProgress> going = new ConcurrentHashMap<>();
  private final Map<Long, RunProgress> ended = new ConcurrentHashMap<>();

  public RunProgressBoard() {}

  RunProgressBoard(Clock clock) {
    this.clock = clock;
  }

  /** A run of the link starts from nothing; the listener keeps its figures. */
  public SyncProgress start(long linkId) {
    going.put(linkId, new RunProgress(linkId, 0, 0, true, clock.instant()));
    return new SyncProgress() {
      @Override
      public void planned(PairKey pair, int items) {
        going.computeIfPresent(
            linkId,
            (id, p) -> new RunProgress(id, p.planned() + items, p.done(), true, clock.instant()));
      }

      @Override
      public void committed(PairKey pair, int items) {
        going.computeIfPresent(
            linkId,
            (id, p) -> new RunProgress(id, p.planned(), p.done() + items, true, clock.instant()));
      }
    };
  }

  /** The link's run ended, however it ended. */
  public void end(long linkId) {
    RunProgress last = going.remove(linkId);
    if (last != null && last.planned() > 0) {
      ended.put(
          linkId, new RunProgress(linkId, last.planned(), last.done(), false, clock.instant()));
    }
  }

  /** The runs going now with work, then the latest ended ones of other links, newest first. */
  public List<RunProgress> current() {
    Instant since = clock.instant().minus(KEPT_AFTER_END);
    ended.values().removeIf(p -> p.updatedAt().isBefore(since));
    return Stream.concat(going.values().stream(), ended.values().stream())
        .map(p -> of(p.linkId()))
        .flatMap(Optional::stream)
        .distinct()
        .sorted(
            Comparator.comparing(RunProgress::running)
                .reversed()
                .thenComparing(RunProgress::updatedAt, Comparator.reverseOrder()))
        .toList();
  }

  /** The link's run going now once it found work, else its last ended run that had work. */
  public Optional<RunProgress> of(long linkId) {
    RunProgress now = going.get(linkId);
    if (now != null && now.planned() > 0) {
      return Optional.of(now);
    }
    return Optional.ofNullable(ended.get(linkId));
  }
}
