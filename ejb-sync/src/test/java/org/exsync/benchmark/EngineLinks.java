package org.exsync.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.BookingPolicy;
import org.exsync.engine.ItemFailure;
import org.exsync.engine.LinkSettings;
import org.exsync.engine.SideCounts;
import org.exsync.engine.SyncEngine;
import org.exsync.engine.SyncJob;
import org.exsync.engine.SyncReport;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.SyncWindow;
import org.exsync.engine.store.PairKey;
import org.exsync.infrastructure.exchange.EwsOptions;
import org.exsync.sandbox.data.SeedUser;

/**
 * One link per user, synced by the engine through the real adapters: diary, tasks and the user's
 * own contacts, in a window wide enough for every generated item. Adds up what the runs did.
 */
final class EngineLinks {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  final MapStore store = new MapStore();
  private final BenchSandbox sandbox;
  private final SyncEngine engine = new SyncEngine();
  private final SyncWindow window;
  final Queue<SyncReport> reports = new ConcurrentLinkedQueue<>();
  final LongAdder workerCpuNanos = new LongAdder();
  final LongAdder throttledRuns = new LongAdder();
  final LongAdder unrecoveredThrottling = new LongAdder();

  EngineLinks(BenchSandbox sandbox) {
    this.sandbox = sandbox;
    Instant anchor = sandbox.world.anchor().atStartOfDay(ZoneOffset.UTC).toInstant();
    this.window =
        new SyncWindow(anchor.minus(Duration.ofDays(60)), anchor.plus(Duration.ofDays(400)));
  }

  static long linkId(SeedUser user) {
    return 1_000L + user.index();
  }

  LinkSettings settings(SeedUser user) {
    return new LinkSettings(
        linkId(user),
        user.associateId(),
        user.email(),
        EnumSet.of(ItemKind.DIARY, ItemKind.TASK, ItemKind.CONTACT),
        window,
        ConflictPolicy.LAST_MODIFIED_WINS,
        BookingPolicy.REJECT_AND_RESTORE,
        LinkSettings.DEFAULT_MASS_DELETE_PERCENT,
        true,
        List.of());
  }

  /** Forgets the counts, for the next phase. */
  void reset() {
    reports.clear();
    workerCpuNanos.reset();
    throttledRuns.reset();
    unrecoveredThrottling.reset();
  }

  SyncWindow window() {
    return window;
  }

  /** One run of the user's link; a throttled run answers the back-off for the governor. */
  GovernedRuns.Ended run(int index) {
    SeedUser user = sandbox.users().get(index);
    long cpu = THREADS.getCurrentThreadCpuTime();
    try (ExchangeMailbox mailbox = sandbox.open(user, EwsOptions.DEFAULTS)) {
      SyncReport report =
          engine.run(
              new SyncJob(settings(user), mailbox, sandbox.crmGateway, store, Clock.systemUTC()));
      reports.add(report);
      if (report.backoffIfThrottled().isPresent()) {
        throttledRuns.increment();
        return new GovernedRuns.Ended(report.backoffIfThrottled().get());
      }
      report.itemFailures().stream()
          .filter(f -> f.failure().kind() == FailureKind.THROTTLED)
          .forEach(f -> unrecoveredThrottling.increment());
      return GovernedRuns.Ended.COMPLETED;
    } finally {
      workerCpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpu);
    }
  }

  /** What the runs since the last {@link #reset} did to one side. */
  SideCounts counts(Side side) {
    return reports.stream().map(r -> r.counts(side)).reduce(SideCounts.NONE, SideCounts::plus);
  }

  SideCounts counts(ItemKind kind, Side side) {
    return reports.stream()
        .map(r -> r.counts(kind, side))
        .reduce(SideCounts.NONE, SideCounts::plus);
  }

  long echoes(ItemKind kind) {
    return reports.stream()
        .flatMap(r -> r.pairs().stream())
        .filter(p -> p.pair().kind() == kind)
        .mapToLong(p -> p.echoesSkipped())
        .sum();
  }

  List<ItemFailure> failures() {
    return reports.stream().flatMap(r -> r.itemFailures().stream()).toList();
  }

  Map<String, Long> outcomes() {
    Map<String, Long> outcomes = new TreeMap<>();
    reports.forEach(r -> outcomes.merge(r.outcome().name(), 1L, Long::sum));
    return outcomes;
  }

  long mappings() {
    return mappings(sandbox.users());
  }

  long mappings(List<SeedUser> users) {
    long count = 0;
    for (SeedUser user : users) {
      for (ItemKind kind : ItemKind.values()) {
        count += store.mappings(PairKey.of(linkId(user), kind)).size();
      }
    }
    return count;
  }
}
