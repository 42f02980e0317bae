package org.exsync.application.scheduling;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.exsync.domain.link.LinkScheduleRepository;
import org.exsync.domain.link.LinkState;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.link.SyncLinkRepository;
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

  @Inject private RankRepository ranks;
  @Inject private SyncLinkRepository links;
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

  /** Claims up to max due links of the rank, whatever this server holds already. */
  public List<QueuedRun> claim(Rank rank, int max, String owner) {
    Instant now = clock.instant();
    Comparator<Urgency> order = Urgency.fairOrder(settings.governor().requestHeadStart());
    Map<Long, SyncLink> candidates = new LinkedHashMap<>();
    schedule.listDueRequested(rank, now, max).forEach(l -> candidates.put(l.getId(), l));
    links.listDue(rank, now, max).forEach(l -> candidates.putIfAbsent(l.getId(), l));
    List<Long> chosen =
        candidates.values().stream()
            .map(LinkClaimer::urgencyOf)
            .sorted(order)
            .limit(max)
            .map(Urgency::linkId)
            .toList();
    BudgetOwner crm = crmBudget.owner();
    List<QueuedRun> claimed = new ArrayList<>();
    for (SyncLink link : schedule.lockAll(chosen)) {
      if (!link.isDueAt(now)) {
        continue;
      }
      Urgency urgency = urgencyOf(link);
      RunTrigger trigger =
          link.getSchedule().isRunRequested() ? RunTrigger.MANUAL : RunTrigger.SCHEDULED;
      if (link.getState() == LinkState.RUNNING) {
        closeAbandoned(link, now);
      }
      link.claim(owner, now, settings.lease());
      claimed.add(
          new QueuedRun(link.getId(), rank.getId(), trigger, LinkBudgets.of(link, crm), urgency));
    }
    claimed.sort(Comparator.comparing(QueuedRun::urgency, order));
    return claimed;
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

  static Urgency urgencyOf(SyncLink link) {
    Instant due = link.getSchedule().getNextRunAt();
    Instant since =
        link.getSchedule().getChangesPendingSince().filter(p -> p.isBefore(due)).orElse(due);
    boolean requested =
        link.getSchedule().isRunRequested()
            || link.getSchedule().getChangesPendingSince().isPresent();
    return new Urgency(link.getId(), requested, since);
  }
}
