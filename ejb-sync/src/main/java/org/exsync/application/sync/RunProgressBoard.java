package org.exsync.application.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.exsync.engine.SyncProgress;
import org.exsync.engine.store.PairKey;

/**
 * The progress of the runs going on this server, as their engines tell it, kept in memory: a run's
 * figures live only while it runs and for a while after, so that the admin sees an initial sync
 * reach its end. Runs on other servers of a cluster are not seen here.
 */
@ApplicationScoped
public class RunProgressBoard {

  /** How long the figures of an ended run stay on the board. */
  static final Duration KEPT_AFTER_END = Duration.ofMinutes(10);

  @Inject private Clock clock;

  private final Map<Long, RunProgress> byLink = new ConcurrentHashMap<>();

  /** A run of the link starts: its figures start at nothing; the listener keeps them. */
  public SyncProgress start(long linkId) {
    byLink.put(linkId, new RunProgress(linkId, 0, 0, true, clock.instant()));
    return new SyncProgress() {
      @Override
      public void planned(PairKey pair, int items) {
        byLink.computeIfPresent(
            linkId,
            (id, p) -> new RunProgress(id, p.planned() + items, p.done(), true, clock.instant()));
      }

      @Override
      public void committed(PairKey pair, int items) {
        byLink.computeIfPresent(
            linkId,
            (id, p) -> new RunProgress(id, p.planned(), p.done() + items, true, clock.instant()));
      }
    };
  }

  /** The link's run ended, however it ended. */
  public void end(long linkId) {
    byLink.computeIfPresent(
        linkId, (id, p) -> new RunProgress(id, p.planned(), p.done(), false, clock.instant()));
  }

  /** The runs going now and those that ended lately, running ones first, then the latest. */
  public List<RunProgress> current() {
    var since = clock.instant().minus(KEPT_AFTER_END);
    byLink.values().removeIf(p -> !p.running() && p.updatedAt().isBefore(since));
    return byLink.values().stream()
        .sorted(
            Comparator.comparing(RunProgress::running)
                .reversed()
                .thenComparing(RunProgress::updatedAt, Comparator.reverseOrder()))
        .toList();
  }

  public Optional<RunProgress> of(long linkId) {
    return Optional.ofNullable(byLink.get(linkId));
  }
}
