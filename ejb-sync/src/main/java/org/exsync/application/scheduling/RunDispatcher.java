package org.exsync.application.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.exsync.domain.run.RunCounts;

/**
 * Runs the links this server claimed on the managed executor, as the {@link ThrottleGovernor} lets
 * them start, and feeds each run's result back to it. Runs whose budget owner rests after a
 * back-off go back to the database until the rest is over, so no lease is held idle in memory.
 * While runs go, a heartbeat renews their leases every third of a lease, so a long initial sync
 * keeps its link and only a server that stopped loses its runs.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RunDispatcher {

  private static final Logger LOG = Logger.getLogger(RunDispatcher.class.getName());

  /** The executor server-config makes for the runs: as many threads as runs may go at once. */
  static final String RUN_EXECUTOR = "concurrent/exsync-runs";

  /** How long after its start this server ticks the ranks whose runs it left when it stopped. */
  private static final long TAKE_UP_DELAY_MILLIS = 1_000;

  @Resource private ManagedExecutorService defaultExecutor;
  @Resource private TimerService timerService;
  @Inject @Any private Instance<LinkRun> linkRuns;
  @Inject private Instance<RankTick> rankTick;
  @Inject private RunRecorder recorder;
  @Inject private SchedulerSettings settings;
  @Inject private Clock clock;

  private final AtomicBoolean absenceReported = new AtomicBoolean();
  private final TickLog ticks = new TickLog();
  private final Set<Long> running = ConcurrentHashMap.newKeySet();
  private ThrottleGovernor governor;
  private ManagedExecutorService executor;
  private String instance;

  @PostConstruct
  void start() {
    governor = new ThrottleGovernor(settings.governor(), clock);
    executor = runExecutor();
    instance = lineage() + UUID.randomUUID().toString().substring(0, 8);
    takeBackEarlierRuns();
    long beat = Math.max(1_000, settings.lease().toMillis() / 3);
    // Not persistent: the heartbeat belongs to this server's life, like the leases it keeps.
    timerService.createIntervalTimer(beat, beat, new TimerConfig("lease heartbeat", false));
  }

  @Timeout
  void timeout(Timer timer) {
    if (timer.getInfo() instanceof TakeUp takeUp) {
      takeUp.rankIds().forEach(this::tick);
    } else {
      renewLeases();
    }
  }

  /** The ranks whose runs an earlier start left, to tick once this server is up. */
  record TakeUp(List<Long> rankIds) implements Serializable {}

  private void tick(long rankId) {
    try {
      rankTick.get().tick(rankId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Rank " + rankId + " waits for its timer to take up its runs", e);
    }
  }

  /**
   * Renews the leases of the runs going on this server, as the heartbeat does.
   *
   * @return how many leases were renewed
   */
  public int renewLeases() {
    if (running.isEmpty()) {
      return 0;
    }
    try {
      return recorder.renewLeases(Set.copyOf(running), instance);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The leases of the runs going could not be renewed", e);
      return 0;
    }
  }

  /** The links whose runs are going on this server now. */
  public Set<Long> running() {
    return Set.copyOf(running);
  }

  /**
   * The runs' own executor; Payara's default one starts a single thread (no core threads, an
   * unbounded queue), which would run every link one after another.
   */
  private ManagedExecutorService runExecutor() {
    try {
      return (ManagedExecutorService) new InitialContext().lookup(RUN_EXECUTOR);
    } catch (NamingException | ClassCastException e) {
      LOG.warning(
          "The managed executor "
              + RUN_EXECUTOR
              + " is missing (server-config/bin/configure-domain makes it); runs use the"
              + " default executor, which may run them one at a time");
      return defaultExecutor;
    }
  }

  /** This server's name on the leases it takes; new at every start. */
  public String instance() {
    return instance;
  }

  /**
   * What this server's lease names start with at every start: its host, instance and the place of
   * its domain on disk, which no two running servers share.
   */
  static String lineage() {
    String server = System.getProperty("com.sun.aas.instanceName", "server");
    String host = System.getProperty("com.sun.aas.hostName", "localhost");
    String root = System.getProperty("com.sun.aas.instanceRoot", "");
    return host + "/" + server + "@" + Integer.toHexString(root.hashCode()) + "/";
  }

  /**
   * Lets go at once of the runs this server had going when it last stopped (a crash, a kill): no
   * other server holds them, so they need not wait for their leases to run out. Their ranks tick
   * right after, without waiting for their timers: the tick takes the runs up again, closes their
   * records as abandoned and syncs on from the last committed batch.
   *
   * @return how many links were let go
   */
  public int takeBackEarlierRuns() {
    Map<Long, Integer> byRank;
    try {
      byRank = recorder.releaseEarlierLeases(lineage(), instance);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The runs left by this server's last start could not be let go", e);
      return 0;
    }
    int left = byRank.values().stream().mapToInt(Integer::intValue).sum();
    if (left > 0) {
      LOG.warning(
          () ->
              left
                  + " link(s) were running when this server last stopped; ranks "
                  + byRank.keySet()
                  + " tick now to take them up");
      // A timer, not a call from here: the tick needs this bean, which is still starting.
      timerService.createSingleActionTimer(
          TAKE_UP_DELAY_MILLIS, new TimerConfig(new TakeUp(List.copyOf(byRank.keySet())), false));
    }
    return left;
  }

  /**
   * The deployed sync of one link. Without one the scheduler claims nothing and says so once in the
   * log.
   */
  public Optional<LinkRun> linkRun() {
    if (linkRuns.isResolvable()) {
      return Optional.of(linkRuns.get());
    }
    if (absenceReported.compareAndSet(false, true)) {
      LOG.severe(
          linkRuns.isAmbiguous()
              ? "More than one LinkRun bean is deployed; the scheduler cannot tell which syncs a"
                  + " link and leaves every link untouched. Deploy exactly one."
              : "No LinkRun bean is deployed, so nothing can sync a link: the rank timers tick,"
                  + " but the scheduler leaves every link untouched.");
    }
    return Optional.empty();
  }

  /** Queues claimed runs and starts what the governor lets start. */
  public void offer(long rankId, List<QueuedRun> claimed) {
    ticks.ticked(rankId, claimed.size(), clock.instant());
    claimed.forEach(governor::offer);
    pump();
  }

  /** Runs of the rank this server holds: queued or running. */
  public int inHand(long rankId) {
    return governor.inHand(rankId);
  }

  public ThrottleGovernor governor() {
    return governor;
  }

  /** The ticks of each rank this server took since it started. */
  public TickLog ticks() {
    return ticks;
  }

  private void pump() {
    for (QueuedRun resting : governor.takeResting()) {
      release(resting);
    }
    for (QueuedRun run : governor.takeStartable()) {
      try {
        executor.execute(() -> execute(run));
      } catch (RejectedExecutionException e) {
        governor.ended(run);
        release(run);
      }
    }
  }

  private void execute(QueuedRun queued) {
    try {
      Optional<LinkRun> linkRun = linkRun();
      Optional<Long> runId =
          linkRun.isPresent() ? recorder.open(queued, instance) : Optional.empty();
      if (runId.isEmpty()) {
        governor.ended(queued);
        return;
      }
      running.add(queued.linkId());
      RunResult result;
      try {
        result = runSafely(linkRun.get(), queued.linkId());
      } finally {
        running.remove(queued.linkId());
      }
      if (result instanceof RunResult.Throttled throttled) {
        governor.throttled(queued, queued.budget().of(throttled.side()), throttled.backOff());
      } else if (result instanceof RunResult.Completed || result instanceof RunResult.Removed) {
        governor.completed(queued);
      } else {
        governor.ended(queued);
      }
      recorder.close(runId.get(), instance, result, governor.resumeAt(queued));
    } catch (RuntimeException e) {
      governor.ended(queued);
      LOG.log(
          Level.WARNING,
          "The run of link " + queued.linkId() + " could not be recorded; its lease runs out",
          e);
    } finally {
      pump();
    }
  }

  private static RunResult runSafely(LinkRun linkRun, long linkId) {
    try {
      RunResult result = linkRun.run(linkId);
      return result != null
          ? result
          : RunResult.failed("The sync returned no result", RunCounts.none());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The sync of link " + linkId + " threw", e);
      return RunResult.failed(
          "The sync stopped with " + e.getClass().getSimpleName() + ": " + e.getMessage(),
          RunCounts.none());
    }
  }

  private void release(QueuedRun run) {
    try {
      recorder.release(run.linkId(), instance, governor.resumeAt(run));
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Link " + run.linkId() + " not given back; its lease runs out", e);
    }
  }

  /** Gives back what waits in the queue, so that another server or the next start takes it. */
  @PreDestroy
  void stop() {
    governor.takeAllQueued().forEach(this::release);
  }
}
