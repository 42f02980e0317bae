package org.exsync.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.SideCounts;
import org.exsync.engine.SyncEngine;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;

/**
 * The engine's figures for many linked users, in one run against the in-process EWS and SuperOffice
 * simulators over loopback HTTP, through the real adapters (ews-java-api; the SuperOffice Web API
 * client): the initial sync, an incremental cycle after a share of each side's items changed, the
 * delay from a change to its arrival on the other side, requests per synced item, throttling met,
 * CPU and peak heap; then the same for a naive baseline (one item per request, full scans every
 * cycle), and the minimum time the simulators' throttling budgets allow for the requests made.
 *
 * <p>Exchange has Exchange Online's throttling ({@code ThrottlingPolicy.EXCHANGE_ONLINE}: 27
 * requests at once per budget owner, a 300 s burst recharging 900 s an hour, 20 ms a request and 2
 * ms an item plus the time held); the budget owner is the mailbox. Latency, unless given: EWS 40 ms
 * a request plus 1 ms an item, SuperOffice 15 ms a request, both ±20 %. SuperOffice's limit is
 * {@code --crm-calls-per-second} (default 300) per tenant, enforced by the simulator and paced by
 * the adapter; the figure SuperOffice Online's 10 a second would impose is printed beside. Links
 * run through the scheduler's throttle governor with its caps: {@code --concurrency} (default 10)
 * per Exchange budget owner and {@code --crm-concurrency} (default 40, the server's) for the
 * SuperOffice tenant, which every link spends, so as many links go at once. Not run by {@code mvn
 * verify}; run it with
 *
 * <pre>
 * mvn -q -pl sandbox/simulators,ejb-sync -am test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * java -Xmx8g -cp ejb-sync/target/test-classes:ejb-sync/target/classes:$(cat ejb-sync/target/test-classpath.txt) \
 *     org.exsync.benchmark.SyncBenchmark --users=100
 * </pre>
 *
 * Other arguments: {@code --appointments=500 --tasks=100 --contacts=200 --baseline-users=N
 * --change-percent=1 --ews-request-ms=40 --ews-item-ms=1 --crm-request-ms=15}.
 */
public final class SyncBenchmark {

  private SyncBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    BenchParameters parameters = BenchParameters.parse(args);
    long seeding = System.nanoTime();
    try (BenchSandbox sandbox = new BenchSandbox(parameters)) {
      Report out = new Report(sandbox);
      out.setup(worldCounts(sandbox.world), Duration.ofNanos(System.nanoTime() - seeding));
      Map<String, Long> mailboxBefore = mailboxCounts(sandbox);
      EngineLinks links = new EngineLinks(sandbox);
      GovernedRuns governed =
          new GovernedRuns(
              parameters.concurrency(),
              parameters.crmConcurrency(),
              sandbox.crm.contextIdentifier());
      List<SeedUser> users = sandbox.users();

      PhaseMeter meter = PhaseMeter.start(sandbox, "engine initial sync");
      governed.runAll(users, links::run);
      PhaseMeter.Figures initial = meter.stop();
      out.phase(initial, links.mappings(), links.workerCpuNanos.sum());
      out.engineWork(links, links.mappings());

      links.reset();
      meter = PhaseMeter.start(sandbox, "engine quiet cycle");
      governed.runAll(users, links::run);
      PhaseMeter.Figures settling = meter.stop();
      out.phase(settling, 0, links.workerCpuNanos.sum());
      out.engineWork(links, 0);
      out.settlingNote();

      UserEdits edits = new UserEdits(sandbox, links.store);
      links.reset();
      List<UserEdits.Edit> changed = edits.edit(users, parameters.changePercent(), 0);
      meter = PhaseMeter.start(sandbox, "engine incremental cycle");
      List<GovernedRuns.LinkFigures> ends = governed.runAll(users, links::run);
      PhaseMeter.Figures incremental = meter.stop();
      Propagation engineDelay = Propagation.of(changed, ends, edits);
      out.phase(incremental, engineDelay.arrived(), links.workerCpuNanos.sum());
      out.engineWork(links, engineDelay.arrived());
      out.propagation(engineDelay);

      List<SeedUser> sample = users.subList(0, parameters.baselineUsers());
      NaiveSync naive = new NaiveSync(sandbox, links);
      meter = PhaseMeter.start(sandbox, "baseline initial scan");
      governed.runAll(sample, naive::cycle);
      PhaseMeter.Figures baseInitial = meter.stop();
      out.phase(baseInitial, links.mappings(sample), naive.workerCpuNanos.sum());
      naive.workerCpuNanos.reset();
      List<UserEdits.Edit> changedAgain = edits.edit(sample, parameters.changePercent(), 1);
      meter = PhaseMeter.start(sandbox, "baseline incremental cycle");
      List<GovernedRuns.LinkFigures> baseEnds = governed.runAll(sample, naive::cycle);
      PhaseMeter.Figures baseIncremental = meter.stop();
      Propagation baseDelay = Propagation.of(changedAgain, baseEnds, edits);
      out.phase(baseIncremental, baseDelay.arrived(), naive.workerCpuNanos.sum());
      out.propagation(baseDelay);

      out.comparison(
          initial, incremental, baseInitial, baseIncremental, sample.size(), users.size());
      long unrecovered = links.unrecoveredThrottling.sum();
      out.goals(incremental, engineDelay, baseIncremental, sample.size(), unrecovered, initial);
      out.mailboxes(mailboxBefore, mailboxCounts(sandbox));
    }
  }

  private static Map<String, Long> worldCounts(SandboxWorld world) {
    Map<String, Long> counts = new HashMap<>();
    for (SeedUser user : world.users()) {
      SandboxWorld.UserItems items = world.itemsOf(user);
      counts.merge("appointments", (long) items.appointments().size(), Long::sum);
      counts.merge("tasks", (long) items.tasks().size(), Long::sum);
      counts.merge("contacts", (long) items.contacts().size(), Long::sum);
    }
    return counts;
  }

  /** Items in all mailboxes by folder, to see whether a phase left duplicates behind. */
  private static Map<String, Long> mailboxCounts(BenchSandbox sandbox) {
    Map<String, Long> counts = new TreeMap<>();
    for (SeedUser user : sandbox.users()) {
      var outlook = sandbox.ews.outlook(user.email()).orElseThrow();
      for (String folder : List.of("calendar", "tasks", "contacts")) {
        counts.merge(folder, (long) outlook.itemIds(folder).size(), Long::sum);
      }
    }
    return counts;
  }

  /** Delays from each edit to the end of the run of its link that carried it over. */
  record Propagation(String name, List<Long> delaysMillis, int arrived, int made) {

    static Propagation of(
        List<UserEdits.Edit> edits, List<GovernedRuns.LinkFigures> ends, UserEdits check) {
      Map<Integer, GovernedRuns.LinkFigures> byUser = new HashMap<>();
      ends.forEach(e -> byUser.put(e.index(), e));
      List<Long> delays = new ArrayList<>();
      int arrived = 0;
      for (UserEdits.Edit edit : edits) {
        if (check.arrived(edit)) {
          arrived++;
          delays.add(Duration.between(edit.at(), byUser.get(edit.user()).finished()).toMillis());
        }
      }
      delays.sort(Long::compare);
      return new Propagation("", delays, arrived, edits.size());
    }

    long percentile(double p) {
      if (delaysMillis.isEmpty()) {
        return -1;
      }
      int at = (int) Math.ceil(p / 100 * delaysMillis.size()) - 1;
      return delaysMillis.get(Math.max(0, Math.min(at, delaysMillis.size() - 1)));
    }
  }

  /** Prints the figures. */
  static final class Report {
    private final BenchSandbox sandbox;
    private final BenchParameters p;

    Report(BenchSandbox sandbox) {
      this.sandbox = sandbox;
      this.p = sandbox.parameters;
    }

    void setup(Map<String, Long> counts, Duration seeding) {
      line(
          "Exsync engine benchmark: %d linked users, on average %d appointments, %d tasks, %d"
              + " contacts each on each side (the generator spreads a user's counts from 0.5x to"
              + " 1.5x)",
          p.users(), p.appointments(), p.tasks(), p.contacts());
      line(
          "world: %d appointments, %d tasks, %d contacts per side; both sides seeded from the same"
              + " world, so the initial sync is matching; seeded in %.1f s",
          counts.get("appointments"),
          counts.get("tasks"),
          counts.get("contacts"),
          seeding.toMillis() / 1000.0);
      line(
          "EWS: Exchange Online throttling (concurrency %d per owner, burst %d s, recharge %d s/h,"
              + " %.0f ms/request + %.0f ms/item + held time), latency %.0f ms/request + %.1f"
              + " ms/item ±20%%, schema validation off",
          sandbox.policy.maxConcurrency(),
          sandbox.policy.maxBurstMillis() / 1000,
          sandbox.policy.rechargeMillisPerHour() / 1000,
          sandbox.policy.costPerRequestMillis(),
          sandbox.policy.costPerItemMillis(),
          p.ewsLatency().perRequestMillis(),
          p.ewsLatency().perItemMillis());
      line(
          "SuperOffice: %d calls/s per tenant (simulator limit, adapter pacing), latency %.0f"
              + " ms/request ±20%%; governor cap %d per Exchange owner, %d for the SuperOffice"
              + " tenant; engine batch %d; %d CPUs, load average %.2f",
          p.crmCallsPerSecond(),
          p.crmLatency().perRequestMillis(),
          p.concurrency(),
          p.crmConcurrency(),
          SyncEngine.DEFAULT_BATCH_SIZE,
          Runtime.getRuntime().availableProcessors(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      line("");
      line(
          "%-28s %9s %9s %9s %8s %8s %10s %10s %9s %9s %9s",
          "phase",
          "wall s",
          "EWS req",
          "SO req",
          "synced",
          "EWS/item",
          "SO/item",
          "throttled",
          "CPU s",
          "peak MiB",
          "min s");
    }

    void phase(PhaseMeter.Figures f, long synced, long workerCpuNanos) {
      double min =
          Math.max(f.ewsMinimumSeconds(sandbox.policy), f.crmMinimumSeconds(p.crmCallsPerSecond()));
      line(
          "%-28s %9.1f %9d %9d %8d %8.3f %10.3f %5d/%-4d %9.1f %9d %9.1f",
          f.name(),
          f.wallMillis() / 1000.0,
          f.ewsRequests(),
          f.crmRequests(),
          synced,
          (double) f.ewsRequests() / Math.max(1, synced),
          (double) f.crmRequests() / Math.max(1, synced),
          f.ewsThrottled(),
          f.crmRateLimited(),
          f.processCpuSeconds(),
          f.peakHeapBytes() >> 20,
          min);
      line(
          "    CPU of the sync threads (engine + adapters) %.1f s; throttle-limited minimum: EWS"
              + " %.1f s (largest owner cost %.1f s of a %d s burst), SuperOffice %.1f s at %d/s"
              + " (%.0f s at SuperOffice Online's 10/s)",
          workerCpuNanos / 1e9,
          f.ewsMinimumSeconds(sandbox.policy),
          f.ewsLargestCostSeconds(sandbox.policy),
          sandbox.policy.maxBurstMillis() / 1000,
          f.crmMinimumSeconds(p.crmCallsPerSecond()),
          p.crmCallsPerSecond(),
          f.crmMinimumSeconds(10));
    }

    void engineWork(EngineLinks links, long synced) {
      SideCounts crm = links.counts(Side.CRM);
      SideCounts exchange = links.counts(Side.EXCHANGE);
      line(
          "    engine: %d synced; SuperOffice created %d updated %d deleted %d; Exchange created %d"
              + " updated %d deleted %d; conflicts %d; runs %s; runs throttled %d; item failures"
              + " %d%s",
          synced,
          crm.created(),
          crm.updated(),
          crm.deleted(),
          exchange.created(),
          exchange.updated(),
          exchange.deleted(),
          links.store.conflicts(),
          links.outcomes(),
          links.throttledRuns.sum(),
          links.failures().size(),
          links.failures().isEmpty() ? "" : " (first: " + links.failures().get(0) + ")");
      for (ItemKind kind : ItemKind.values()) {
        SideCounts c = links.counts(kind, Side.CRM);
        SideCounts e = links.counts(kind, Side.EXCHANGE);
        line(
            "      %-8s SuperOffice created %d updated %d deleted %d; Exchange created %d updated %d"
                + " deleted %d; echoes dropped %d",
            kind,
            c.created(),
            c.updated(),
            c.deleted(),
            e.created(),
            e.updated(),
            e.deleted(),
            links.echoes(kind));
      }
    }

    void settlingNote() {
      line(
          "    (a cycle with no edits: what every link costs each interval when nothing changed; the"
              + " SuperOffice adapter lists each scope whole with each row's stamp, for its ids and"
              + " its changes at once, and takes rows stamped from its watermark's second on as"
              + " changed, so the rows of the watermark's second, and the rows the initial sync"
              + " wrote, come up again; those still at the version synced last are not read)");
    }

    void propagation(Propagation d) {
      line(
          "    propagation: %d of %d edits arrived on the other side; delay p50 %.1f s, p95 %.1f s,"
              + " max %.1f s (edit to the end of its link's run; the cycle starts right after the"
              + " edits, as a webhook or a due rank would start it)",
          d.arrived(),
          d.made(),
          d.percentile(50) / 1000.0,
          d.percentile(95) / 1000.0,
          d.percentile(100) / 1000.0);
    }

    void comparison(
        PhaseMeter.Figures init,
        PhaseMeter.Figures inc,
        PhaseMeter.Figures baseInit,
        PhaseMeter.Figures baseInc,
        int sample,
        int users) {
      double scale = (double) users / sample;
      line("");
      line(
          "baseline measured on %d of %d users; its figures are scaled by %.2f to compare",
          sample, users, scale);
      ratio("initial sync", init, baseInit, scale);
      ratio("incremental cycle", inc, baseInc, scale);
      for (PhaseMeter.Figures f : List.of(init, inc)) {
        double min =
            Math.max(
                f.ewsMinimumSeconds(sandbox.policy), f.crmMinimumSeconds(p.crmCallsPerSecond()));
        line(
            "%-28s engine %.1f s vs throttle-limited minimum %.1f s: %.2fx",
            f.name(), f.wallMillis() / 1000.0, min, f.wallMillis() / 1000.0 / Math.max(0.001, min));
      }
    }

    private void ratio(String what, PhaseMeter.Figures engine, PhaseMeter.Figures base, double s) {
      line(
          "%-28s baseline/engine: time %.1fx, Exchange requests %.1fx, SuperOffice requests %.1fx",
          what,
          base.wallMillis() * s / Math.max(1, engine.wallMillis()),
          base.ewsRequests() * s / Math.max(1, engine.ewsRequests()),
          base.crmRequests() * s / Math.max(1, engine.crmRequests()));
    }

    void goals(
        PhaseMeter.Figures inc,
        Propagation delay,
        PhaseMeter.Figures baseInc,
        int sample,
        long unrecovered,
        PhaseMeter.Figures init) {
      double scale = (double) p.users() / sample;
      double fewer = baseInc.ewsRequests() * scale / Math.max(1, inc.ewsRequests());
      line("");
      line(
          "goal p95 propagation < 60 s (at 1,000 users): %.1f s at %d users -> %s",
          delay.percentile(95) / 1000.0,
          p.users(),
          delay.percentile(95) < 60_000 ? "met" : "NOT met");
      for (PhaseMeter.Figures f : List.of(init, inc)) {
        double min =
            Math.max(
                f.ewsMinimumSeconds(sandbox.policy), f.crmMinimumSeconds(p.crmCallsPerSecond()));
        double ratio = f.wallMillis() / 1000.0 / Math.max(0.001, min);
        line(
            "goal within 1.2x the throttle-limited minimum (%s): %.2fx -> %s",
            f.name(), ratio, ratio <= 1.2 ? "met" : "NOT met");
      }
      line(
          "goal >= 10x fewer Exchange requests than the baseline (incremental cycle): %.1fx -> %s",
          fewer, fewer >= 10 ? "met" : "NOT met");
      line(
          "goal no unrecovered throttling fault: %d throttling answers met, %d items left"
              + " throttled -> %s (edits that did not arrive for other reasons are counted under"
              + " propagation)",
          inc.ewsThrottled() + inc.crmRateLimited() + init.ewsThrottled() + init.crmRateLimited(),
          unrecovered,
          unrecovered == 0 ? "met" : "NOT met");
    }

    void mailboxes(Map<String, Long> before, Map<String, Long> after) {
      line(
          "Exchange items before the engine's initial sync %s, at the end %s (the world has as many"
              + " items on each side; a growth the initial sync's creations do not explain is"
              + " duplicates)",
          before, after);
    }

    private static void line(String format, Object... args) {
      System.out.printf(Locale.ROOT, format + "%n", args);
      System.out.flush();
    }
  }
}
