package org.exsync.application.scheduling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.exsync.application.AdminRole;
import org.exsync.application.link.ConcurrentEditException;
import org.exsync.domain.link.LinkScheduleRepository;
import org.exsync.domain.link.LinkState;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.rank.RankRepository;
import org.exsync.domain.rank.RankServiceAccount;
import org.exsync.domain.run.RunOutcome;

/**
 * The admin's ranks: create, edit, reorder, delete, choose the default, move linked users between
 * them, and see how busy each is. Every change brings the rank timers in line in the same
 * transaction, so a new interval applies at once, without a redeploy. A refused change says why in
 * a {@link SchedulingRefusal} and changes nothing.
 */
@Stateless
@RolesAllowed(AdminRole.NAME)
public class RankAdministration {

  @Inject private RankRepository ranks;
  @Inject private LinkScheduleRepository schedule;
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
    serviceAccount(rank, draft);
    ranks.add(rank);
    if (ranks.findDefault().isEmpty()) {
      rank.makeDefault();
    }
    timers.reconcile();
    return view(rank);
  }

  /**
   * Changes name, interval, share and service account; the rank's timer follows at once, and the
   * links' next runs use the new account.
   */
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
    serviceAccount(rank, draft);
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

  /** The linked users of the rank, by name. */
  public List<RankMember> members(long rankId) {
    return schedule.listByRank(rank(rankId)).stream()
        .map(RankMember::of)
        .sorted(Comparator.comparing(RankMember::associateName))
        .toList();
  }

  /**
   * Moves the linked users to the rank; each comes due at once, so the new rank's next tick runs it
   * with the new rank's interval and access. All move or none.
   *
   * @return how many moved
   * @throws ConcurrentEditException when another admin moved or unlinked one of them since
   */
  public int moveLinks(Collection<LinkMove> moves, long toRankId) {
    Rank to = rank(toRankId);
    Map<Long, Long> seenRank =
        moves.stream()
            .collect(Collectors.toMap(LinkMove::linkId, LinkMove::seenRankId, (a, b) -> a));
    List<SyncLink> locked = schedule.lockAll(seenRank.keySet());
    if (locked.size() != seenRank.size()) {
      throw new ConcurrentEditException(
          "Another admin unlinked one of the selected users since you opened the page; nobody"
              + " was moved. Reload the page and select the users again.");
    }
    for (SyncLink link : locked) {
      if (!link.getRank().getId().equals(seenRank.get(link.getId()))) {
        throw new ConcurrentEditException(
            "Another admin moved "
                + link.getAssociate().getName()
                + " to rank "
                + link.getRank().getName()
                + " since you opened the page; nobody was moved. Reload the page and make your"
                + " change again.");
      }
    }
    Instant now = clock.instant();
    locked.forEach(link -> link.moveToRank(to, now));
    return locked.size();
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

  private static void serviceAccount(Rank rank, RankDraft draft) {
    if (!draft.hasServiceAccount()) {
      rank.clearServiceAccount();
      return;
    }
    rank.useServiceAccount(
        checked(() -> new RankServiceAccount(draft.serviceAccount(), draft.passwordAlias())));
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
        rank.getServiceAccount().map(RankServiceAccount::getUpn),
        rank.getServiceAccount().map(RankServiceAccount::getPasswordAlias),
        rank.isDefault(),
        rank.getId() == null ? 0 : schedule.countByRank(rank));
  }
}
