package org.exsync.application.scheduling;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.exsync.domain.grant.Grant;
import org.exsync.domain.grant.GrantRepository;
import org.exsync.domain.link.LinkScheduleRepository;
import org.exsync.domain.link.LinkState;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.rank.RankRepository;
import org.exsync.domain.run.RunOutcome;

/**
 * The admin's ranks: create, edit, reorder, delete, choose the default, move links between them,
 * and see how busy each is. Every change brings the rank timers in line in the same transaction, so
 * a new interval applies at once, without a redeploy. A refused change says why in a {@link
 * SchedulingRefusal} and changes nothing.
 */
@Stateless
public class RankAdministration {

  @Inject private RankRepository ranks;
  @Inject private SyncLinkRepository links;
  @Inject private LinkScheduleRepository schedule;
  @Inject private GrantRepository grants;
  @Inject private RankTimers timers;
  @Inject private RunDispatcher dispatcher;
  @Inject private SchedulerSettings settings;
  @Inject private Clock clock;

  /** Every rank, in order. */
  public List<RankView> list() {
    return ranks.listAll().stream().map(this::view).toList();
  }

  /** The rank new links go to. */
  public RankView defaultRank() {
    return view(
        ranks.findDefault().orElseThrow(() -> new SchedulingRefusal("No rank is the default")));
  }

  /** A new rank after all others. */
  public RankView create(RankDraft draft) {
    List<Rank> all = ranks.listAll();
    int position = all.stream().mapToInt(Rank::getPosition).max().orElse(-1) + 1;
    Rank rank =
        checked(
            () -> new Rank(draft.name(), position, interval(draft), draft.capacitySharePercent()));
    serviceAccount(rank, draft.serviceAccountGrantId());
    ranks.add(rank);
    if (ranks.findDefault().isEmpty()) {
      rank.makeDefault();
    }
    timers.reconcile();
    return view(rank);
  }

  /** Changes name, interval, share and service account; the rank's timer follows at once. */
  public RankView edit(long rankId, RankDraft draft) {
    Rank rank = rank(rankId);
    ranks
        .findByName(draft.name())
        .filter(other -> !other.getId().equals(rank.getId()))
        .ifPresent(
            other -> {
              throw new SchedulingRefusal("A rank named '" + other.getName() + "' already exists");
            });
    checked(
        () -> {
          rank.rename(draft.name());
          rank.changeInterval(interval(draft));
          rank.changeCapacityShare(draft.capacitySharePercent());
          return rank;
        });
    serviceAccount(rank, draft.serviceAccountGrantId());
    timers.reconcile();
    return view(rank);
  }

  /**
   * Puts the ranks in the given order, first served first. The list names every rank once. The
   * positions stored grow beyond the old ones, so no two ranks share one on the way.
   */
  public List<RankView> reorder(List<Long> rankIds) {
    List<Rank> all = ranks.listAll();
    Set<Long> known = all.stream().map(Rank::getId).collect(Collectors.toSet());
    if (rankIds.size() != all.size() || !known.equals(new HashSet<>(rankIds))) {
      throw new SchedulingRefusal(
          "A new order must name every rank once: the ranks are " + known + ", got " + rankIds);
    }
    Map<Long, Rank> byId = all.stream().collect(Collectors.toMap(Rank::getId, r -> r));
    int base = all.stream().mapToInt(Rank::getPosition).max().orElse(-1) + 1;
    for (int i = 0; i < rankIds.size(); i++) {
      byId.get(rankIds.get(i)).moveTo(base + i);
    }
    return rankIds.stream().map(byId::get).map(this::view).toList();
  }

  /** Deletes a rank without links that is not the default. */
  public void delete(long rankId) {
    Rank rank = rank(rankId);
    if (rank.isDefault()) {
      throw new SchedulingRefusal(
          "Rank '"
              + rank.getName()
              + "' is the default rank, where new links go, and cannot be deleted;"
              + " make another rank the default first");
    }
    long count = schedule.countByRank(rank);
    if (count > 0) {
      throw new SchedulingRefusal(
          "Rank '"
              + rank.getName()
              + "' still has "
              + count
              + " link(s); move them to another rank before deleting it");
    }
    ranks.remove(rank);
    timers.reconcile();
  }

  /** Makes the rank the one new links go to. */
  public RankView makeDefault(long rankId) {
    Rank rank = rank(rankId);
    ranks.listAll().stream().filter(Rank::isDefault).forEach(Rank::stopBeingDefault);
    rank.makeDefault();
    return view(rank);
  }

  /** Moves every link of one rank to another; how many moved. */
  public int moveAllLinks(long fromRankId, long toRankId) {
    Rank from = rank(fromRankId);
    Rank to = rank(toRankId);
    List<SyncLink> moving = schedule.listByRank(from);
    moving.forEach(link -> link.assignRank(to));
    return moving.size();
  }

  /** Moves the given links to the rank; how many moved. */
  public int moveLinks(Collection<Long> linkIds, long toRankId) {
    Rank to = rank(toRankId);
    int moved = 0;
    for (long linkId : Set.copyOf(linkIds)) {
      SyncLink link =
          links.findById(linkId).orElseThrow(() -> new SchedulingRefusal("No link " + linkId));
      link.assignRank(to);
      moved++;
    }
    return moved;
  }

  /** How busy each rank is, in order. */
  public List<RankLoad> load() {
    Instant now = clock.instant();
    Instant hourAgo = now.minus(Duration.ofHours(1));
    Map<Long, RankTimers.RankTimer> timerOf =
        timers.list().stream()
            .collect(Collectors.toMap(RankTimers.RankTimer::rankId, t -> t, (a, b) -> a));
    return ranks.listAll().stream()
        .map(
            rank -> {
              Map<LinkState, Long> states = schedule.countByState(rank);
              Optional<TickLog.RankTicks> ticks = dispatcher.ticks().of(rank.getId());
              return new RankLoad(
                  rank.getId(),
                  rank.getName(),
                  (int) rank.getInterval().getSeconds(),
                  rank.getCapacitySharePercent(),
                  states.values().stream().mapToLong(Long::longValue).sum(),
                  schedule.countDue(rank, now),
                  states.get(LinkState.RUNNING),
                  states.get(LinkState.NEEDS_REAUTHENTICATION),
                  states.get(LinkState.PAUSED),
                  states.get(LinkState.FAILED),
                  schedule.countRunsSince(rank, RunOutcome.THROTTLED, hourAgo),
                  schedule.countRunsSince(rank, RunOutcome.FAILED, hourAgo),
                  settings.rankCapacity(rank.getCapacitySharePercent()),
                  dispatcher.inHand(rank.getId()),
                  ticks.map(TickLog.RankTicks::ticks).orElse(0L),
                  ticks.map(TickLog.RankTicks::lastAt),
                  Optional.ofNullable(timerOf.get(rank.getId()))
                      .map(RankTimers.RankTimer::nextTick));
            })
        .toList();
  }

  /** Each budget owner's window, runs and rest on this server. */
  public List<OwnerFigures> budgets() {
    return dispatcher.governor().figures();
  }

  private Rank rank(long rankId) {
    return ranks.findById(rankId).orElseThrow(() -> new SchedulingRefusal("No rank " + rankId));
  }

  private void serviceAccount(Rank rank, Long grantId) {
    if (grantId == null) {
      rank.clearServiceAccount();
      return;
    }
    Grant grant =
        grants
            .findById(grantId)
            .orElseThrow(() -> new SchedulingRefusal("No grant " + grantId + " for the rank"));
    checked(
        () -> {
          rank.useServiceAccount(grant);
          return rank;
        });
  }

  private static Duration interval(RankDraft draft) {
    return Duration.ofSeconds(draft.intervalSeconds());
  }

  private static <T> T checked(java.util.function.Supplier<T> change) {
    try {
      return change.get();
    } catch (IllegalArgumentException e) {
      throw new SchedulingRefusal(e.getMessage());
    }
  }

  private RankView view(Rank rank) {
    return new RankView(
        rank.getId(),
        rank.getName(),
        rank.getPosition(),
        (int) rank.getInterval().getSeconds(),
        rank.getCapacitySharePercent(),
        rank.getServiceAccount().map(Grant::getId),
        rank.isDefault(),
        rank.getId() == null ? 0 : schedule.countByRank(rank));
  }
}
