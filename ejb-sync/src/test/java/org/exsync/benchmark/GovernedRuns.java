package org.exsync.benchmark;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.exsync.application.scheduling.BudgetOwner;
import org.exsync.application.scheduling.GovernorSettings;
import org.exsync.application.scheduling.LinkBudget;
import org.exsync.application.scheduling.QueuedRun;
import org.exsync.application.scheduling.ThrottleGovernor;
import org.exsync.application.scheduling.Urgency;
import org.exsync.domain.run.RunTrigger;
import org.exsync.sandbox.data.SeedUser;

/**
 * Runs one job per link as the server does: the scheduler's {@link ThrottleGovernor} decides which
 * runs may start (a cap per budget owner, growing additively, halved and paused when that owner is
 * throttled), and a fixed pool runs them. A throttled run goes back to the queue and runs again
 * after its owner's rest, until it completes.
 */
final class GovernedRuns {

  /** How one run of a link ended: the back-off it met, or none when it completed. */
  record Ended(Duration backoff) {
    static final Ended COMPLETED = new Ended(null);
  }

  /** What the runs of one link did. */
  record LinkFigures(int index, Instant finished, int throttledRuns) {}

  /** How often a long phase says how far it got, on standard error. */
  private static final Duration PROGRESS = Duration.ofMinutes(1);

  private final GovernorSettings settings;
  private final String crmTenant;

  GovernedRuns(int concurrency, int crmConcurrency, String crmTenant) {
    this.settings =
        new GovernorSettings(
            concurrency, crmConcurrency, 0.5, Duration.ofSeconds(5), Duration.ofMinutes(5));
    this.crmTenant = crmTenant;
  }

  /** Runs the job of every user until each completed; answers when each link finished. */
  List<LinkFigures> runAll(List<SeedUser> users, IntFunction<Ended> job)
      throws InterruptedException {
    ThrottleGovernor governor = new ThrottleGovernor(settings, Clock.systemUTC());
    Map<Long, QueuedRun> runs = new ConcurrentHashMap<>();
    Map<Long, Integer> throttled = new ConcurrentHashMap<>();
    Map<Long, Instant> finished = new ConcurrentHashMap<>();
    Map<Long, Instant> resting = new ConcurrentHashMap<>();
    LinkedBlockingQueue<Long> done = new LinkedBlockingQueue<>();
    Instant now = Instant.now();
    for (SeedUser user : users) {
      QueuedRun run =
          new QueuedRun(
              user.index(),
              1,
              RunTrigger.SCHEDULED,
              new LinkBudget(
                  BudgetOwner.exchangeMailbox(user.email()), BudgetOwner.superOffice(crmTenant)),
              new Urgency(user.index(), false, now));
      runs.put((long) user.index(), run);
      governor.offer(run);
    }
    ExecutorService pool = Executors.newFixedThreadPool(settings.mostAtOnce());
    Instant nextProgress = now.plus(PROGRESS);
    try {
      while (finished.size() < users.size()) {
        Instant at = Instant.now();
        if (at.isAfter(nextProgress)) {
          System.err.printf(
              "%s: %d of %d links done, %d running%n",
              at, finished.size(), users.size(), governor.running());
          nextProgress = at.plus(PROGRESS);
        }
        resting
            .entrySet()
            .removeIf(e -> !e.getValue().isAfter(at) && governor.offer(runs.get(e.getKey())));
        for (QueuedRun rest : governor.takeResting()) {
          resting.put(rest.linkId(), governor.resumeAt(rest));
        }
        for (QueuedRun run : governor.takeStartable()) {
          pool.submit(
              () -> {
                Ended ended;
                try {
                  ended = job.apply((int) run.linkId());
                } catch (RuntimeException e) {
                  e.printStackTrace();
                  ended = Ended.COMPLETED;
                }
                if (ended.backoff() == null) {
                  governor.completed(run);
                  finished.put(run.linkId(), Instant.now());
                } else {
                  throttled.merge(run.linkId(), 1, Integer::sum);
                  governor.throttled(run, run.budget().exchange(), ended.backoff());
                  resting.put(run.linkId(), governor.resumeAt(run));
                }
                done.add(run.linkId());
              });
        }
        done.poll(50, TimeUnit.MILLISECONDS);
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
    List<LinkFigures> figures = new ArrayList<>();
    for (SeedUser user : users) {
      long id = user.index();
      figures.add(new LinkFigures(user.index(), finished.get(id), throttled.getOrDefault(id, 0)));
    }
    return figures;
  }
}
