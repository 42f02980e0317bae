package org.exsync.application.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Decides which claimed runs may start, per budget owner: each owner has a window of runs it may
 * have at once, from one up to the cap, that grows by one for each window's worth of completed runs
 * and is cut by the decrease factor when the owner is throttled (AIMD); a throttled owner also
 * rests for the back-off it was given, and only its runs wait. Runs start in the fair order of
 * {@link Urgency#fairOrder}; a run whose owner is full is passed over, not waited for. Plain Java,
 * thread-safe; the clock decides what "now" is.
 */
public final class ThrottleGovernor {

  private final GovernorSettings settings;
  private final Clock clock;
  private final Map<BudgetOwner, OwnerBudget> owners = new HashMap<>();
  private final TreeSet<QueuedRun> queue;
  private final Map<Long, QueuedRun> queuedByLink = new HashMap<>();
  private final Map<Long, QueuedRun> started = new LinkedHashMap<>();

  public ThrottleGovernor(GovernorSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.queue =
        new TreeSet<>(
            Comparator.comparing(
                QueuedRun::urgency, Urgency.fairOrder(settings.requestHeadStart())));
  }

  /** Queues a claimed run; a link already queued or running is not queued twice. */
  public synchronized boolean offer(QueuedRun run) {
    if (queuedByLink.containsKey(run.linkId()) || started.containsKey(run.linkId())) {
      return false;
    }
    queue.add(run);
    queuedByLink.put(run.linkId(), run);
    return true;
  }

  /** Takes the queued runs that may start now, in fair order, and counts them as running. */
  public synchronized List<QueuedRun> takeStartable() {
    Instant now = clock.instant();
    List<QueuedRun> startable = new ArrayList<>();
    for (QueuedRun run : List.copyOf(queue)) {
      if (run.budget().owners().stream().allMatch(owner -> budget(owner).hasRoom(now))) {
        run.budget().owners().forEach(owner -> budget(owner).running++);
        dequeue(run);
        started.put(run.linkId(), run);
        startable.add(run);
      }
    }
    return startable;
  }

  /**
   * Takes the queued runs one of whose owners rests after a back-off, so that their links go back
   * to the database until {@link #resumeAt} instead of holding their lease in memory.
   */
  public synchronized List<QueuedRun> takeResting() {
    Instant now = clock.instant();
    List<QueuedRun> resting = new ArrayList<>();
    for (QueuedRun run : List.copyOf(queue)) {
      if (run.budget().owners().stream().anyMatch(owner -> budget(owner).restsAt(now))) {
        dequeue(run);
        resting.add(run);
      }
    }
    return resting;
  }

  /** Takes every queued run, for example to give their links back when the server stops. */
  public synchronized List<QueuedRun> takeAllQueued() {
    List<QueuedRun> all = List.copyOf(queue);
    all.forEach(this::dequeue);
    return all;
  }

  /** When all owners of the run will have rested; now when none rests. */
  public synchronized Instant resumeAt(QueuedRun run) {
    Instant latest = clock.instant();
    for (BudgetOwner owner : run.budget().owners()) {
      Instant until = budget(owner).pausedUntil;
      if (until != null && until.isAfter(latest)) {
        latest = until;
      }
    }
    return latest;
  }

  /** A started run completed: its owners' windows grow (additive increase). */
  public synchronized void completed(QueuedRun run) {
    if (finish(run)) {
      run.budget().owners().forEach(owner -> budget(owner).grow(settings.capOf(owner)));
    }
  }

  /**
   * A started run was throttled by one of its owners: that owner's window shrinks and it rests for
   * the back-off. Answers that arrive while the owner rests already belong to the same episode and
   * lengthen the rest without shrinking the window again.
   */
  public synchronized void throttled(QueuedRun run, BudgetOwner owner, Duration backOff) {
    if (finish(run)) {
      Instant now = clock.instant();
      Duration rest = backOff.isZero() ? settings.defaultBackOff() : backOff;
      budget(owner).throttle(now, rest, settings.decreaseFactor());
    }
  }

  /** A started run ended otherwise (failed, needs re-authentication): windows stay as they are. */
  public synchronized void ended(QueuedRun run) {
    finish(run);
  }

  /** Runs of the rank this server holds: queued or running. */
  public synchronized int inHand(long rankId) {
    return (int)
        (queue.stream().filter(r -> r.rankId() == rankId).count()
            + started.values().stream().filter(r -> r.rankId() == rankId).count());
  }

  public synchronized boolean isQueued(long linkId) {
    return queuedByLink.containsKey(linkId);
  }

  public synchronized boolean isRunning(long linkId) {
    return started.containsKey(linkId);
  }

  public synchronized int queued() {
    return queue.size();
  }

  public synchronized int running() {
    return started.size();
  }

  /** Until when the owner rests; empty when it does not rest now. */
  public synchronized Optional<Instant> pausedUntil(BudgetOwner owner) {
    OwnerBudget budget = owners.get(owner);
    Instant now = clock.instant();
    return budget != null && budget.restsAt(now)
        ? Optional.of(budget.pausedUntil)
        : Optional.empty();
  }

  /** Every owner seen since the server started. */
  public synchronized List<OwnerFigures> figures() {
    Instant now = clock.instant();
    List<OwnerFigures> figures = new ArrayList<>();
    owners.forEach(
        (owner, budget) ->
            figures.add(
                new OwnerFigures(
                    owner,
                    budget.window,
                    budget.running,
                    budget.restsAt(now) ? Optional.of(budget.pausedUntil) : Optional.empty(),
                    budget.completed,
                    budget.throttled,
                    Optional.ofNullable(budget.lastThrottledAt))));
    figures.sort((a, b) -> a.owner().key().compareTo(b.owner().key()));
    return figures;
  }

  private boolean finish(QueuedRun run) {
    if (started.remove(run.linkId()) == null) {
      return false;
    }
    run.budget().owners().forEach(owner -> budget(owner).running--);
    return true;
  }

  private void dequeue(QueuedRun run) {
    queue.remove(run);
    queuedByLink.remove(run.linkId());
  }

  private OwnerBudget budget(BudgetOwner owner) {
    return owners.computeIfAbsent(owner, o -> new OwnerBudget(settings.capOf(o)));
  }

  /** One owner's window, runs and rest. */
  private static final class OwnerBudget {
    double window;
    int running;
    Instant pausedUntil;
    long completed;
    long throttled;
    Instant lastThrottledAt;

    OwnerBudget(int cap) {
      window = cap;
    }

    boolean restsAt(Instant now) {
      return pausedUntil != null && now.isBefore(pausedUntil);
    }

    boolean hasRoom(Instant now) {
      return !restsAt(now) && running < Math.max(1, (int) Math.floor(window));
    }

    void grow(int cap) {
      completed++;
      window = Math.min(cap, window + 1.0 / window);
    }

    void throttle(Instant now, Duration rest, double factor) {
      throttled++;
      lastThrottledAt = now;
      if (!restsAt(now)) {
        window = Math.max(1.0, window * factor);
      }
      Instant until = now.plus(rest);
      if (pausedUntil == null || until.isAfter(pausedUntil)) {
        pausedUntil = until;
      }
    }
  }
}
