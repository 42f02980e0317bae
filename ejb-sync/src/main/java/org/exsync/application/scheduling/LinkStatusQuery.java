package org.exsync.application.scheduling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.exsync.application.AdminRole;
import org.exsync.domain.link.LinkScheduleRepository;
import org.exsync.domain.link.LinkState;
import org.exsync.domain.link.RunSchedule;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.rank.RankRepository;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.run.SyncRun;
import org.exsync.domain.run.SyncRunRepository;

/**
 * The live status of links and their run history, for the admin pages: read from the database on
 * every call (so it is the same on every server), with the throttling rests this server's governor
 * knows of.
 */
@Stateless
@RolesAllowed(AdminRole.NAME)
public class LinkStatusQuery {

  @Inject private SyncLinkRepository links;
  @Inject private LinkScheduleRepository schedule;
  @Inject private RankRepository ranks;
  @Inject private SyncRunRepository runs;
  @Inject private RunDispatcher dispatcher;
  @Inject private CrmBudget crmBudget;
  @Inject private Clock clock;

  public Optional<LinkStatus> status(long linkId) {
    return links.findById(linkId).map(link -> status(link, clock.instant(), crmBudget.owner()));
  }

  /** The status of the given links that exist, in id order. */
  public List<LinkStatus> statuses(Collection<Long> linkIds) {
    Instant now = clock.instant();
    BudgetOwner crm = crmBudget.owner();
    return linkIds.stream()
        .sorted()
        .distinct()
        .map(links::findById)
        .flatMap(Optional::stream)
        .map(link -> status(link, now, crm))
        .toList();
  }

  /** Every link's status, in id order. */
  public List<LinkStatus> all() {
    Instant now = clock.instant();
    BudgetOwner crm = crmBudget.owner();
    return links.listAll().stream().map(link -> status(link, now, crm)).toList();
  }

  /** The status of the rank's links, in id order. */
  public List<LinkStatus> ofRank(long rankId) {
    Instant now = clock.instant();
    BudgetOwner crm = crmBudget.owner();
    return ranks.findById(rankId).stream()
        .flatMap(rank -> schedule.listByRank(rank).stream())
        .map(link -> status(link, now, crm))
        .toList();
  }

  /** The link's latest runs, newest first. */
  public List<RunRecord> runs(long linkId, int max) {
    return links.findById(linkId).stream()
        .flatMap(link -> runs.listByLink(link, Math.max(1, max)).stream())
        .map(LinkStatusQuery::record)
        .toList();
  }

  private LinkStatus status(SyncLink link, Instant now, BudgetOwner crm) {
    RunSchedule schedule = link.getSchedule();
    Optional<SyncRun> latest = runs.listByLink(link, 1).stream().findFirst();
    Optional<String> message = schedule.getLastError();
    Optional<Instant> throttledUntil = Optional.empty();
    Optional<Instant> next = Optional.of(schedule.getNextRunAt());
    LinkActivity activity;
    if (!link.isEnabled()) {
      activity = LinkActivity.DISABLED;
      next = Optional.empty();
    } else if (schedule.getState() == LinkState.NEEDS_REAUTHENTICATION) {
      activity = LinkActivity.NEEDS_REAUTHENTICATION;
      next = Optional.empty();
    } else if (schedule.getState() == LinkState.PAUSED) {
      activity = LinkActivity.PAUSED;
      next = Optional.empty();
    } else if (schedule.getState() == LinkState.RUNNING) {
      boolean open = latest.filter(run -> !run.isFinished()).isPresent();
      boolean expired = schedule.getLeaseUntil().filter(until -> !until.isAfter(now)).isPresent();
      activity = open && !expired ? LinkActivity.RUNNING : LinkActivity.QUEUED;
      if (expired) {
        message = Optional.of("The server that held the link stopped; the next tick runs it again");
      }
    } else {
      Optional<Instant> rest = rest(link, crm);
      boolean throttledRun =
          latest.filter(run -> run.getOutcome() == RunOutcome.THROTTLED).isPresent()
              && schedule.getNextRunAt().isAfter(now);
      if (throttledRun || rest.isPresent()) {
        activity = LinkActivity.THROTTLED;
        Instant until = throttledRun ? schedule.getNextRunAt() : rest.get();
        if (rest.isPresent() && rest.get().isAfter(until)) {
          until = rest.get();
        }
        throttledUntil = Optional.of(until);
        message = latest.flatMap(SyncRun::getMessage).or(() -> Optional.of("Backing off"));
      } else {
        activity = schedule.getState() == LinkState.FAILED ? LinkActivity.ERROR : LinkActivity.IDLE;
      }
    }
    return new LinkStatus(
        link.getId(),
        link.getAssociate().getCrmId(),
        link.getAssociate().getName(),
        link.getMailbox().getSmtpAddress(),
        link.getRank().getId(),
        link.getRank().getName(),
        activity,
        throttledUntil,
        message,
        latest.flatMap(SyncRun::getFinishedAt).or(schedule::getLastRunAt),
        next,
        latest.map(SyncRun::getOutcome),
        schedule.getChangesPendingSince().isPresent(),
        schedule.isRunRequested());
  }

  private Optional<Instant> rest(SyncLink link, BudgetOwner crm) {
    LinkBudget budget = LinkBudgets.of(link, crm);
    return budget.owners().stream()
        .map(owner -> dispatcher.governor().pausedUntil(owner))
        .flatMap(Optional::stream)
        .max(Instant::compareTo);
  }

  private static RunRecord record(SyncRun run) {
    return new RunRecord(
        run.getId(),
        run.getLinkId(),
        run.getTrigger(),
        run.getStartedAt(),
        run.getFinishedAt(),
        run.getOutcome(),
        run.getCounts(),
        run.getMessage());
  }
}
