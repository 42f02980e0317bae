package org.exsync.application.scheduling;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.exsync.domain.link.LinkScheduleRepository;
import org.exsync.domain.link.LinkState;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.rank.RankRepository;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.run.RunTrigger;
import org.exsync.domain.run.SyncRun;
import org.exsync.domain.run.SyncRunRepository;

/**
 * Claims a rank's due links for one server, in one short transaction of its own: the candidates in
 * fair order, then each locked (in id order) and checked again before it is leased, so that a link
 * another server claimed meanwhile is left to it. A lease whose holder died has run out; its link
 * is claimed like any due one, and the run that holder left open is closed as failed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LinkClaimer {

  private static final Logger LOG = Logger.getLogger(LinkClaimer.class.getName());
  private static final int CLAIM_ROUNDS = 3;

  @Inject private RankRepository ranks;
  @Inject private LinkScheduleRepository schedule;
  @Inject private SyncRunRepository runs;
  @Inject private SchedulerSettings settings;
  @Inject private CrmBudget crmBudget;
  @Inject private Clock clock;

  /**
   * Claims up to the rank's capacity, less what this server holds of it already.
   *
   * @param inHand runs of the rank this server holds now
   * @param owner this server's name on the lease
   */
  public List<QueuedRun> claimDue(long rankId, int inHand, String owner) {
    Optional<Rank> rank = ranks.findById(rankId);
    if (rank.isEmpty()) {
      return List.of();
    }
    int max = settings.rankCapacity(rank.get().getCapacitySharePercent()) - inHand;
    return max < 1 ? List.of() : claim(rank.get(), max, owner);
  }

  /**
   * Claims up to max due links of the rank, whatever this server holds already. Links another
   * server took while this one waited for their locks are passed over, and the next due ones are
   * tried in their place, a few rounds at most.
   */
  public List<QueuedRun> claim(Rank rank, int max, String owner) {
    Instant now = clock.instant();
    Comparator<Urgency> order = Urgency.fairOrder(settings.governor().requestHeadStart());
    BudgetOwner crm = crmBudget.owner();
    List<QueuedRun> claimed = new ArrayList<>();
    Set<Long> tried = new HashSet<>();
    for (int round = 0; round < CLAIM_ROUNDS && claimed.size() < max; round++) {
      int wanted = max - claimed.size();
      Map<Long, SyncLink> candidates = new LinkedHashMap<>();
      int window = wanted + tried.size();
      schedule.listDueRequested(rank, now, window).forEach(l -> candidates.put(l.getId(), l));
      schedule
          .listDueLongestWaiting(rank, now, window)
          .forEach(l -> candidates.putIfAbsent(l.getId(), l));
      List<Long> chosen =
          candidates.values().stream()
              .filter(l -> !tried.contains(l.getId()))
              .map(LinkClaimer::urgencyOf)
              .sorted(order)
              .limit(wanted)
              .map(Urgency::linkId)
              .toList();
      if (chosen.isEmpty()) {
        break;
      }
      tried.addAll(chosen);
      int before = claimed.size();
      for (SyncLink link : schedule.lockAll(chosen)) {
        if (link.isDueAt(now)) {
          claimed.add(claimOne(link, rank, owner, now, crm));
        }
      }
      if (claimed.size() - before == chosen.size()) {
        break;
      }
    }
    claimed.sort(Comparator.comparing(QueuedRun::urgency, order));
    return claimed;
  }

  private QueuedRun claimOne(SyncLink link, Rank rank, String owner, Instant now, BudgetOwner crm) {
    Urgency urgency = urgencyOf(link);
    RunTrigger trigger =
        link.getSchedule().isRunRequested() ? RunTrigger.MANUAL : RunTrigger.SCHEDULED;
    if (link.getState() == LinkState.RUNNING) {
      closeAbandoned(link, now);
    }
    link.claim(owner, now, settings.lease());
    return new QueuedRun(link.getId(), rank.getId(), trigger, LinkBudgets.of(link, crm), urgency);
  }

  private void closeAbandoned(SyncLink link, Instant now) {
    String holder = link.getSchedule().getLeaseOwner().orElse("another server");
    String message =
        "Abandoned: "
            + holder
            + " stopped before the run ended (its lease ran out at "
            + link.getSchedule().getLeaseUntil().map(Instant::toString).orElse("?")
            + "); the link ran again";
    for (SyncRun run : runs.listByLink(link, 5)) {
      if (!run.isFinished()) {
        run.finish(RunOutcome.FAILED, run.getCounts(), message, now);
      }
    }
    LOG.warning(() -> "Link " + link.getId() + " taken over: " + message);
  }

  /**
   * A link waits since its last run ended (a back-off postpones the next run but keeps that), or
   * since changes were announced if that is earlier; a link that never synced counts as waiting
   * since ever, so it goes before every link that did, however often back-offs postponed it.
   */
  static Urgency urgencyOf(SyncLink link) {
    Optional<Instant> lastRun = link.getSchedule().getLastRunAt();
    Instant since = lastRun.orElse(Instant.EPOCH);
    Optional<Instant> pending = link.getSchedule().getChangesPendingSince();
    if (pending.isPresent() && pending.get().isBefore(since)) {
      since = pending.get();
    }
    boolean requested = link.getSchedule().isRunRequested() || pending.isPresent();
    return new Urgency(link.getId(), requested, since);
  }
}
