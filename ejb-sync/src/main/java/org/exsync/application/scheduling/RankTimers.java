package org.exsync.application.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.rank.RankRepository;
import org.exsync.infrastructure.persistence.SchemaMigration;

/**
 * One persistent interval timer per rank, made from the ranks in the database: at start and after
 * every change of a rank the timers are brought in line (a timer per rank with the rank's interval,
 * none for a rank that is gone), within the caller's transaction, so a change that rolls back
 * leaves the timers as they were. Payara keeps the timers in the Exsync database.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class RankTimers {

  private static final Logger LOG = Logger.getLogger(RankTimers.class.getName());

  @Resource private TimerService timers;
  @Inject private RankRepository ranks;
  @Inject private RankTick tick;
  @Inject private SchemaMigration schema;

  /**
   * A rank's timer as it stands.
   *
   * @param nextTick when it fires next
   */
  public record RankTimer(
      long rankId, long intervalSeconds, Instant nextTick, boolean persistent) {}

  @PostConstruct
  void start() {
    if (schema.failure().isPresent()) {
      LOG.severe("The rank timers wait for a usable database; nothing is scheduled");
      return;
    }
    reconcile();
  }

  /** Makes, re-makes and cancels timers so that each rank has exactly one with its interval. */
  @Lock(LockType.WRITE)
  public void reconcile() {
    Map<Long, Long> wanted = new HashMap<>();
    for (Rank rank : ranks.listAll()) {
      wanted.put(rank.getId(), rank.getInterval().getSeconds());
    }
    for (Timer timer : timers.getTimers()) {
      Optional<RankTimerInfo> info = RankTimerInfo.parse(timer.getInfo());
      if (info.isEmpty()) {
        continue;
      }
      Long interval = wanted.get(info.get().rankId());
      if (interval != null && interval == info.get().intervalSeconds()) {
        wanted.remove(info.get().rankId());
      } else {
        timer.cancel();
        LOG.info(() -> "Rank timer " + info.get().text() + " cancelled");
      }
    }
    wanted.forEach(
        (rankId, seconds) -> {
          RankTimerInfo info = new RankTimerInfo(rankId, seconds);
          long millis = seconds * 1000;
          timers.createIntervalTimer(millis, millis, new TimerConfig(info.text(), true));
          LOG.info(() -> "Rank " + rankId + " ticks every " + seconds + " s");
        });
  }

  /** The rank timers as they stand, by rank. */
  @Lock(LockType.READ)
  public List<RankTimer> list() {
    List<RankTimer> list = new ArrayList<>();
    for (Timer timer : timers.getTimers()) {
      RankTimerInfo.parse(timer.getInfo())
          .ifPresent(
              info ->
                  list.add(
                      new RankTimer(
                          info.rankId(),
                          info.intervalSeconds(),
                          timer.getNextTimeout().toInstant(),
                          timer.isPersistent())));
    }
    list.sort((a, b) -> Long.compare(a.rankId(), b.rankId()));
    return list;
  }

  @Timeout
  @Lock(LockType.READ)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void fire(Timer timer) {
    Optional<RankTimerInfo> info = RankTimerInfo.parse(timer.getInfo());
    if (info.isEmpty()) {
      return;
    }
    try {
      tick.tick(info.get().rankId());
    } catch (RuntimeException e) {
      // The next tick tries again; a timer retried at once would only meet the same trouble.
      LOG.log(Level.WARNING, "Tick of rank " + info.get().rankId() + " failed", e);
    }
  }
}
