package org.exsync.application.scheduling;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.exsync.domain.link.LinkScheduleRepository;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.link.Unlinking;
import org.exsync.domain.link.UnlinkingRepository;
import org.exsync.domain.run.ChangeAction;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.run.Side;
import org.exsync.domain.run.SyncRun;
import org.exsync.domain.run.SyncRunRepository;

/**
 * Opens and closes the record of each run and moves the link's schedule on from its result, each
 * step in a transaction of its own. A link that was paused, held or taken over while it ran keeps
 * what happened to it; only the run's record is closed then.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RunRecorder {

  private static final Logger LOG = Logger.getLogger(RunRecorder.class.getName());

  @Inject private SyncLinkRepository links;
  @Inject private LinkScheduleRepository schedules;
  @Inject private SyncRunRepository runs;
  @Inject private UnlinkingRepository unlinkings;
  @Inject private SchedulerSettings settings;
  @Inject private Clock clock;

  /**
   * Starts the run of a link this server claimed: renews the lease and opens the run's record.
   * Empty when the link is no longer this server's (paused by an admin, gone, taken over).
   */
  public Optional<Long> open(QueuedRun queued, String owner) {
    Optional<SyncLink> found = links.findById(queued.linkId());
    if (found.isEmpty() || !found.get().isLeasedBy(owner)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    SyncLink link = found.get();
    link.renewLease(owner, now, settings.lease());
    SyncRun run = new SyncRun(link, queued.trigger(), now);
    runs.add(run);
    return Optional.of(run.getId());
  }

  /**
   * Records how the run ended and schedules the link's next one.
   *
   * @param retryAt when a throttled link runs again
   */
  public void close(long runId, String owner, RunResult result, Instant retryAt) {
    Instant now = clock.instant();
    SyncRun run =
        runs.findById(runId)
            .orElseThrow(() -> new IllegalStateException("Sync run " + runId + " is gone"));
    if (result instanceof RunResult.Throttled throttled) {
      run.finishThrottled(result.counts(), messageOf(result), throttled.backOff(), now);
    } else {
      run.finish(outcomeOf(result), result.counts(), messageOf(result), now);
    }
    Optional<SyncLink> found = links.findById(run.getLinkId());
    if (found.isEmpty()) {
      LOG.info(() -> "Link " + run.getLinkId() + " was unlinked while it ran; its run is kept");
      return;
    }
    SyncLink link = found.get();
    if (!link.isLeasedBy(owner)) {
      LOG.info(() -> "Link " + link.getId() + " changed hands while it ran; it stays " + link);
      return;
    }
    if (result instanceof RunResult.Removed removed) {
      int items = removed.counts().of(Side.EXCHANGE, ChangeAction.DELETED);
      unlinkings.listByLinkId(link.getId()).stream()
          .filter(Unlinking::isRemovalPending)
          .forEach(unlinking -> unlinking.itemsRemoved(items, now));
      links.remove(link);
      LOG.info(() -> "Link " + link.getId() + " is unlinked: " + items + " items removed");
    } else if (result instanceof RunResult.Completed) {
      link.completeRun(owner, now);
    } else if (result instanceof RunResult.Throttled) {
      link.postponeRun(owner, retryAt.isAfter(now) ? retryAt : now);
    } else if (result instanceof RunResult.NeedsReauthentication reauth) {
      link.markNeedsReauthentication(reauth.reason());
    } else if (result instanceof RunResult.Failed failed) {
      link.failRun(owner, failed.message(), now);
    }
  }

  /**
   * Keeps the leases of runs still going on this server alive for another lease from now, so that a
   * run longer than one lease is not taken for the run of a dead server.
   *
   * @return how many leases were renewed
   */
  public int renewLeases(Collection<Long> linkIds, String owner) {
    return schedules.renewLeases(linkIds, owner, clock.instant().plus(settings.lease()));
  }

  /**
   * Ends at once the leases that an earlier start of this server left behind: those whose owner
   * begins with the lineage but is not the current instance.
   *
   * @return the ranks of the links let go, each with how many of its links
   */
  public Map<Long, Integer> releaseEarlierLeases(String lineage, String instance) {
    return schedules.endLeasesOfEarlierStarts(lineage, instance, clock.instant());
  }

  /** Gives a claimed link back without a run; it is due again at retryAt. */
  public void release(long linkId, String owner, Instant retryAt) {
    links
        .findById(linkId)
        .filter(link -> link.isLeasedBy(owner))
        .ifPresent(link -> link.postponeRun(owner, retryAt));
  }

  static RunOutcome outcomeOf(RunResult result) {
    if (result instanceof RunResult.Completed completed) {
      return completed.counts().getErrors() > 0 ? RunOutcome.PARTIAL : RunOutcome.SUCCEEDED;
    }
    if (result instanceof RunResult.Removed) {
      return RunOutcome.SUCCEEDED;
    }
    return result instanceof RunResult.Throttled ? RunOutcome.THROTTLED : RunOutcome.FAILED;
  }

  static String messageOf(RunResult result) {
    if (result instanceof RunResult.Throttled throttled) {
      return throttled.message() + " (back off " + throttled.backOff().toMillis() + " ms)";
    }
    if (result instanceof RunResult.NeedsReauthentication reauth) {
      return "Needs re-authentication: " + reauth.reason();
    }
    if (result instanceof RunResult.Failed failed) {
      return failed.message();
    }
    if (result instanceof RunResult.Removed removed) {
      return "Unlinked: "
          + removed.counts().of(Side.EXCHANGE, ChangeAction.DELETED)
          + " synced items removed from the mailbox"
          + (removed.foldersRemoved() == 0
              ? ""
              : ", and " + removed.foldersRemoved() + " contacts folders Exsync had made")
          + (removed.foldersKept().isEmpty()
              ? ""
              : "; kept the folders "
                  + String.join(", ", removed.foldersKept())
                  + ", which hold the user's own contacts");
    }
    return null;
  }
}
